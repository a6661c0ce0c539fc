using System.Net;
using System.Net.Http.Json;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Athletes;

public class AthleteListApiTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task List_Anonymous_Answers401ProblemDetailsNotARedirect()
    {
        using var client = CreateClient();

        var response = await client.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<ProblemBody>(TestContext.Current.CancellationToken);
        problem!.Status.ShouldBe(401);
    }

    [Fact]
    public async Task List_Athlete_SeesOnlyThemselves()
    {
        var data = new TestData(App);
        var me = await data.UserAsync(AppRoles.Athlete);
        await data.AthleteAsync("Me", me.Id);
        await data.AthleteAsync("Someone else", (await data.UserAsync(AppRoles.Athlete)).Id);

        var names = await ListAsAsync(me.Email!);

        names.ShouldBe(["Me"]);
    }

    [Fact]
    public async Task List_Coach_SeesActiveClientsButNotAnotherCoachsOrFormerClients()
    {
        var data = new TestData(App);
        var coach = await data.UserAsync(AppRoles.Coach);
        var otherCoach = await data.UserAsync(AppRoles.Coach);
        var mine = await data.AthleteAsync("Client A");
        var former = await data.AthleteAsync("Former client");
        var theirs = await data.AthleteAsync("Other coach's client");
        await data.LinkCoachAsync(coach.Id, mine.Id);
        await data.LinkCoachAsync(coach.Id, former.Id, ended: true);
        await data.LinkCoachAsync(otherCoach.Id, theirs.Id);

        var names = await ListAsAsync(coach.Email!);

        names.ShouldBe(["Client A"]);
    }

    [Fact]
    public async Task List_GymStaff_SeesTheirGymsMembersButNotAnotherGyms()
    {
        var data = new TestData(App);
        var staff = await data.UserAsync(AppRoles.GymStaff);
        var gym = await data.GymAsync("Home gym", (staff.Id, GymRole.Staff));
        var otherGym = await data.GymAsync("Other gym");
        await data.AthleteAsync("Member", gymId: gym.Id);
        await data.AthleteAsync("Other gym's member", gymId: otherGym.Id);

        var names = await ListAsAsync(staff.Email!);

        names.ShouldBe(["Member"]);
    }

    private async Task<string[]> ListAsAsync(string email)
    {
        using var client = CreateClient();
        (await AccountClient.LogInAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var athletes = await client.GetFromJsonAsync<AthleteSummary[]>("/api/v1/athletes", TestContext.Current.CancellationToken);
        return [.. athletes!.Select(a => a.DisplayName)];
    }

    private sealed record ProblemBody(int Status, string? Detail);
}
