using System.Net;
using HybridTrainer.Data.Journal;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.Tests.Features.Api;

public class RecoveryApiTests(HostFixture host) : HostTest(host)
{
    private static readonly object Ordinary = new
    {
        sleepHours = 7.5, sorenessLegs = 2, sorenessUpper = 2, fatigue = 3, sleepQuality = 3, muscleSoreness = 3, stress = 3, mood = 3,
    };

    [Fact]
    public async Task AddEntry_Self_SavesTodayAndAnswersItsVersion()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var saved = await ApiScenario.ReadAsync(await PostAsync(client, me.Athlete.Id, Ordinary), HttpStatusCode.OK);

        saved.GetProperty("version").GetUInt32().ShouldBeGreaterThan(0u);
        var listed = await ApiScenario.ReadAsync(await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/recovery", TestContext.Current.CancellationToken), HttpStatusCode.OK);
        listed.GetArrayLength().ShouldBe(1);
        listed[0].GetProperty("version").GetUInt32().ShouldBe(saved.GetProperty("version").GetUInt32());
        listed[0].GetProperty("sleepHours").GetDecimal().ShouldBe(7.5m);
    }

    [Fact]
    public async Task List_HealthData_IsNeverStoredByABrowserOrProxy()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/recovery", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task AddEntry_Coach_WritesForTheClient()
    {
        var scenario = new ApiScenario(App);
        var client = await scenario.PlannedAthleteAsync();
        using var coach = await scenario.ClientAsync(await scenario.CoachOfAsync(client.Athlete.Id));

        var response = await PostAsync(coach, client.Athlete.Id, Ordinary);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AddEntry_SecondTimeTodayWithoutVersion_Answers409AndKeepsTheFirst()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        await PostAsync(client, me.Athlete.Id, Ordinary);

        var response = await PostAsync(client, me.Athlete.Id, new { sleepHours = 4, fatigue = 1, sleepQuality = 1, muscleSoreness = 1, stress = 1, mood = 1 });

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Conflict);
        await using var db = App.CreateDbContext();
        (await db.RecoveryLogs.SingleAsync(TestContext.Current.CancellationToken)).SleepHours.ShouldBe(7.5m);
    }

    [Fact]
    public async Task AddEntry_CorrectionWithVersion_UpdatesAndWithAStaleOne_Answers409()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        var first = (await ApiScenario.ReadAsync(await PostAsync(client, me.Athlete.Id, Ordinary), HttpStatusCode.OK)).GetProperty("version").GetUInt32();
        var correction = new { sleepHours = 6, sorenessLegs = 2, sorenessUpper = 2, fatigue = 3, sleepQuality = 3, muscleSoreness = 3, stress = 3, mood = 3, version = first };

        var corrected = await PostAsync(client, me.Athlete.Id, correction);
        var stale = await PostAsync(client, me.Athlete.Id, correction);

        corrected.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ApiScenario.ProblemAsync(stale, HttpStatusCode.Conflict);
        await using var db = App.CreateDbContext();
        (await db.RecoveryLogs.SingleAsync(TestContext.Current.CancellationToken)).SleepHours.ShouldBe(6m);
    }

    [Fact]
    public async Task AddEntry_MissingSleepAndBadWellness_Answers400KeyedByField()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await PostAsync(client, me.Athlete.Id, new { fatigue = 9, sleepQuality = 3, muscleSoreness = 3, stress = 3, mood = 3 });

        var errors = (await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.TryGetProperty("sleepHours", out _).ShouldBeTrue();
        errors.TryGetProperty("fatigue", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Recovery_GymStaff_Answers403ForReadingAndWriting()
    {
        var scenario = new ApiScenario(App);
        var member = await scenario.PlannedAthleteAsync();
        using var staff = await scenario.ClientAsync(await scenario.StaffOfAsync(member.Athlete.Id));

        var write = await PostAsync(staff, member.Athlete.Id, Ordinary);
        var read = await staff.GetAsync($"/api/v1/athletes/{member.Athlete.Id}/recovery", TestContext.Current.CancellationToken);
        var load = await staff.GetAsync($"/api/v1/athletes/{member.Athlete.Id}/load", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(write, HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(read, HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(load, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AddEntry_AnotherAthlete_Answers404()
    {
        var scenario = new ApiScenario(App);
        var someone = await scenario.PlannedAthleteAsync();
        using var intruder = await scenario.ClientAsync(await scenario.StrangerAsync());

        var response = await PostAsync(intruder, someone.Athlete.Id, Ordinary);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Recovery_ReversedRange_Answers400()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/recovery?from=2026-11-20&to=2026-11-01", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task LoadHistory_Self_SumsLoggedLoadPerWeek()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        await using (var db = App.CreateDbContext())
        {
            // A session logged this week: 40 min at RPE 5 is 200 AU.
            var session = me.Sessions[0];
            var monday = HybridTrainer.Domain.Time.LocalDays.MondayOf(ApiScenario.Today);
            await db.PlannedSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Date, monday), TestContext.Current.CancellationToken);
            db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = session.Id, AthleteId = me.Athlete.Id, Completed = true, ActualDurationMinutes = 40, Rpe = 5, LoggedAt = TestClock.Start });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var weeks = await ApiScenario.ReadAsync(await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/load?weeks=4", TestContext.Current.CancellationToken), HttpStatusCode.OK);

        weeks.GetArrayLength().ShouldBe(4);
        weeks[3].GetProperty("total").GetInt32().ShouldBe(200);
    }

    [Fact]
    public async Task LoadHistory_TooManyWeeks_Answers400()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/load?weeks=99", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid athleteId, object body) =>
        client.PostAsync($"/api/v1/athletes/{athleteId}/recovery", ApiScenario.Json(body), TestContext.Current.CancellationToken);
}
