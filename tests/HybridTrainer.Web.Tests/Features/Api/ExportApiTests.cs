using System.Globalization;
using System.Net;
using HybridTrainer.Data.Journal;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.Tests.Features.Api;

public class ExportApiTests(HostFixture host) : HostTest(host)
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task SessionsCsv_HasAHeaderAndQuotesAndDefusesWhatAPersonTyped()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        await LogAsync(me, "=HYPERLINK(\"http://evil\"), then \"sprints\"\nline two");

        var response = await client.GetAsync(
            $"/api/v1/athletes/{me.Athlete.Id}/exports/sessions.csv?from={Day(ApiScenario.NextMonday)}&to={Day(ApiScenario.NextMonday.AddDays(6))}",
            TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var lines = csv.Split("\r\n");
        lines[0].ShouldBe("date,session_id,title,kind,completed,planned_minutes,actual_minutes,distance_km,rpe,load_au,sets,notes,logged_at");
        csv.ShouldContain("\"'=HYPERLINK(\"\"http://evil\"\"), then \"\"sprints\"\"\nline two\"");
        csv.ShouldContain($"{Day(me.Sessions[0].Date)},{me.Sessions[0].Id},");
        csv.ShouldContain(",yes,");
        csv.ShouldContain("Back squat 5 @ 100 kg");
    }

    [Fact]
    public async Task SessionsCsv_OutsideTheRange_HasOnlyTheHeader()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        await LogAsync(me, "fine");

        var csv = await client.GetStringAsync(
            $"/api/v1/athletes/{me.Athlete.Id}/exports/sessions.csv?from=2020-01-01&to=2020-12-31", TestContext.Current.CancellationToken);

        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
    }

    [Fact]
    public async Task RecoveryCsv_Coach_GetsTheClientsCheckIns()
    {
        var scenario = new ApiScenario(App);
        var athlete = await scenario.PlannedAthleteAsync();
        await using (var db = App.CreateDbContext())
        {
            db.RecoveryLogs.Add(new RecoveryLog
            {
                Id = Guid.NewGuid(), AthleteId = athlete.Athlete.Id, Date = ApiScenario.Today.AddDays(-1), SleepHours = 6.5m, SorenessLegs = 4, SorenessUpper = 1,
                Fatigue = 2, SleepQuality = 3, MuscleSoreness = 2, Stress = 4, Mood = 5, HrvLnRmssd = 4.25, CreatedAt = TestClock.Start,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using var coach = await scenario.ClientAsync(await scenario.CoachOfAsync(athlete.Athlete.Id));

        var csv = await coach.GetStringAsync($"/api/v1/athletes/{athlete.Athlete.Id}/exports/recovery.csv", TestContext.Current.CancellationToken);

        csv.ShouldBe(
            "date,sleep_hours,sleep_quality,fatigue,muscle_soreness,stress,mood,soreness_legs,soreness_upper,resting_heart_rate,hrv_ln_rmssd,foam_rolled\r\n"
            + $"{Day(ApiScenario.Today.AddDays(-1))},6.5,3,2,2,4,5,4,1,,4.25,no\r\n");
    }

    [Theory]
    [InlineData("sessions.csv")]
    [InlineData("recovery.csv")]
    [InlineData("all.json")]
    public async Task Exports_GymStaff_Answer403(string file)
    {
        var scenario = new ApiScenario(App);
        var member = await scenario.PlannedAthleteAsync();
        using var staff = await scenario.ClientAsync(await scenario.StaffOfAsync(member.Athlete.Id));

        var response = await staff.GetAsync($"/api/v1/athletes/{member.Athlete.Id}/exports/{file}", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Export_MalformedDate_Answers400()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/exports/sessions.csv?from=yesterday", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AllJson_Self_HoldsEverythingTheAthleteOwns()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        await LogAsync(me, "felt good");

        var export = await ApiScenario.ReadAsync(
            await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/exports/all.json", TestContext.Current.CancellationToken), HttpStatusCode.OK);

        export.GetProperty("profile").GetProperty("bodyWeightKg").GetDecimal().ShouldBe(82m);
        export.GetProperty("liftMaxes").GetArrayLength().ShouldBe(4);
        export.GetProperty("blocks").GetArrayLength().ShouldBe(1);
        export.GetProperty("sessions").GetArrayLength().ShouldBe(me.Sessions.Count);
        export.GetProperty("sessionLogs")[0].GetProperty("log").GetProperty("notes").GetString().ShouldBe("felt good");
        export.GetProperty("recovery").GetArrayLength().ShouldBe(0);
    }

    private async Task LogAsync(Planned athlete, string notes)
    {
        await using var db = App.CreateDbContext();
        db.SessionLogs.Add(new SessionLog
        {
            Id = Guid.NewGuid(),
            PlannedSessionId = athlete.Sessions[0].Id,
            AthleteId = athlete.Athlete.Id,
            Completed = true,
            ActualDurationMinutes = 40,
            Rpe = 6,
            Notes = notes,
            Sets = [new LoggedSet { Exercise = "Back squat", MainLift = "Squat", SetNumber = 1, Reps = 5, WeightKg = 100m }],
            LoggedAt = TestClock.Start,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
