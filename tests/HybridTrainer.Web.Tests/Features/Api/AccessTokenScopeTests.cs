using System.Net;
using HybridTrainer.Data.Access;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Api;

public class AccessTokenScopeTests(HostFixture host) : HostTest(host)
{
    private static readonly object Entry = new
    {
        sleepHours = 7.5, sorenessLegs = 2, sorenessUpper = 2, fatigue = 3, sleepQuality = 3, muscleSoreness = 3, stress = 3, mood = 3,
    };

    [Fact]
    public async Task ReadOnlyToken_Get_Answers200()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId, AccessTokenScope.ReadOnly);

        var response = await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/recovery", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ReadOnlyToken_Post_Answers403ProblemAndSavesNothing()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId, AccessTokenScope.ReadOnly);

        var response = await client.PostAsync($"/api/v1/athletes/{me.Athlete.Id}/recovery", ApiScenario.Json(Entry), TestContext.Current.CancellationToken);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString().ShouldBe(ReadOnlyAccessTokens.Refusal);
        await using var db = App.CreateDbContext();
        (await db.RecoveryLogs.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task ReadOnlyToken_PutAndDeleteAnywhereUnderTheApi_Answer403()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId, AccessTokenScope.ReadOnly);

        var put = await client.PutAsync($"/api/v1/sessions/{me.Sessions[0].Id}/log", ApiScenario.Json("{}"), TestContext.Current.CancellationToken);
        var delete = await client.DeleteAsync("/api/v1/no-such-endpoint", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(put, HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(delete, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ReadWriteToken_Post_Saves()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId, AccessTokenScope.ReadWrite);

        var response = await client.PostAsync($"/api/v1/athletes/{me.Athlete.Id}/recovery", ApiScenario.Json(Entry), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.CreateDbContext();
        (await db.RecoveryLogs.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
    }
}
