using System.IO.Compression;
using System.Net;
using HybridTrainer.Activities.Workouts;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Activities;

public class WorkoutFileApiTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WorkoutFit_APlannedRun_ReadsBackAsItsStepsAsAFitWorkout()
    {
        var scenario = new ApiScenario(App);
        var planned = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(planned.UserId);
        var run = planned.Sessions.First(s => s.Kind == SessionKind.Run);

        var response = await client.GetAsync($"/api/v1/sessions/{run.Id}/workout.fit", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.ant.fit");
        var read = FitWorkoutReader.Read(await response.Content.ReadAsByteArrayAsync(Cancel)).ShouldBeOfType<WorkoutReadSuccess>();
        read.Workout.ShouldBe(WorkoutFiles.For(SessionViews.Of(run)));
    }

    [Fact]
    public async Task WorkoutsZip_AWeek_HoldsOneWorkoutPerSession()
    {
        var scenario = new ApiScenario(App);
        var planned = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(planned.UserId);

        var response = await client.GetAsync($"/api/v1/athletes/{planned.Athlete.Id}/weeks/{ApiScenario.NextMonday:yyyy-MM-dd}/workouts.zip", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel)));
        zip.Entries.Count.ShouldBe(planned.Sessions.Count(s => s.Date < ApiScenario.NextMonday.AddDays(7)));
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, Cancel);
            FitWorkoutReader.Read(buffer.ToArray()).ShouldBeOfType<WorkoutReadSuccess>(entry.FullName);
        }
    }

    [Fact]
    public async Task WorkoutsZip_ABadDay_Answers400ProblemDetails()
    {
        var scenario = new ApiScenario(App);
        var planned = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(planned.UserId);

        var response = await client.GetAsync($"/api/v1/athletes/{planned.Athlete.Id}/weeks/9999-12-31/workouts.zip", Cancel);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
