using System.Globalization;
using System.Net;
using HybridTrainer.Data.Diagnostics;
using HybridTrainer.Data.Journal;
using HybridTrainer.Tests.Support;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Features.Coach;
using HybridTrainer.Web.Tests.Features.Sheets;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Performance;

/// <summary>
/// No N+1: the busiest reads send a fixed number of database commands, at most three, whatever the number of sessions,
/// clients or athletes. The app's own <see cref="CommandCounter"/> counts every command of every context; tests of
/// this collection run one at a time, so the count between a reset and the answer is the request's own.
/// </summary>
public sealed class DatabaseCommandCountTests(HostFixture host) : CoachHostTest(host)
{
    private const int MostCommands = 3;

    private static readonly DateOnly Monday = LocalDays.MondayOf(Today);

    private CommandCounter Counter => App.Services.GetRequiredService<CommandCounter>();

    /// <remarks>
    /// Counted: the whole HTTP request with the Identity cookie. The cookie itself costs no command here: its security
    /// stamp is checked against the database only every 30 minutes (Identity's default), never within this test.
    /// </remarks>
    [Fact]
    public async Task WeekApi_EmptyWeekOrFullWeek_SendsTheSameOneCommandThroughHttpWithTheCookie()
    {
        var (_, athlete, email) = await Data.AthleteWithBlockAsync(Monday);
        using var client = CreateClient();
        (await AccountClient.LogInAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (empty, emptySessions) = await CountWeekAsync(client, athlete.Id, Monday.AddDays(-7));
        var (full, fullSessions) = await CountWeekAsync(client, athlete.Id, Monday);

        emptySessions.ShouldBe(0);
        fullSessions.ShouldBeGreaterThan(3);
        full.ShouldBe(empty);
        full.ShouldBe(1, "the caller's relation to the athlete with the week's sessions and their logged flags, in one query");
    }

    /// <remarks>
    /// Counted: the same request with a personal access token. Token sign-in adds its own fixed commands (token, user,
    /// roles and claims; "last used" at most once a minute), so this one proves only that the total does not grow.
    /// </remarks>
    [Fact]
    public async Task WeekApi_WithAnAccessToken_SendsAsManyCommandsForAFullWeekAsForAnEmptyOne()
    {
        var (principal, athlete, _) = await Data.AthleteWithBlockAsync(Monday);
        using var client = await new ApiScenario(App).ClientAsync(ApiScenario.UserId(principal));
        await CountWeekAsync(client, athlete.Id, Monday.AddDays(14));

        var (empty, _) = await CountWeekAsync(client, athlete.Id, Monday.AddDays(-7));
        var (full, _) = await CountWeekAsync(client, athlete.Id, Monday);

        full.ShouldBe(empty);
    }

    /// <remarks>
    /// Counted: the week request as the benchmark sends it, a script with a personal access token, once its sign-in is
    /// remembered (<see cref="Web.Infrastructure.Auth.AccessTokenSignIns"/>): one query for an athlete with one planned
    /// week and for one with twelve, whatever the week holds.
    /// </remarks>
    [Fact]
    public async Task WeekApi_WithARememberedAccessToken_SendsOneCommandForOneOrTwelvePlannedWeeks()
    {
        var (shortUser, shortBlock, _) = await Data.AthleteWithBlockAsync(Monday);
        var (longUser, longBlock, _) = await Data.AthleteWithBlockAsync(Monday.AddDays(-28), weeks: 12);
        using var shortClient = await new ApiScenario(App).ClientAsync(ApiScenario.UserId(shortUser));
        using var longClient = await new ApiScenario(App).ClientAsync(ApiScenario.UserId(longUser));
        await CountWeekAsync(shortClient, shortBlock.Id, Monday);
        await CountWeekAsync(longClient, longBlock.Id, Monday);

        var (oneWeek, oneWeekSessions) = await CountWeekAsync(shortClient, shortBlock.Id, Monday);
        var (twelveWeeks, twelveWeeksSessions) = await CountWeekAsync(longClient, longBlock.Id, Monday.AddDays(14));
        var (emptyWeek, emptyWeekSessions) = await CountWeekAsync(longClient, longBlock.Id, Monday.AddDays(70));

        oneWeekSessions.ShouldBeGreaterThan(3);
        twelveWeeksSessions.ShouldBeGreaterThan(3);
        emptyWeekSessions.ShouldBe(0);
        new[] { oneWeek, twelveWeeks, emptyWeek }.ShouldAllBe(commands => commands == 1);
    }

    /// <remarks>Counted: one session with its log read through the API with a remembered access token.</remarks>
    [Fact]
    public async Task SessionApi_WithARememberedAccessToken_SendsOneCommandLoggedOrNot()
    {
        var (user, athlete, _) = await Data.AthleteWithBlockAsync(Monday);
        using var client = await new ApiScenario(App).ClientAsync(ApiScenario.UserId(user));
        var sessions = await Data.SessionsOfAsync(athlete.Id);
        await using (var db = App.CreateDbContext())
        {
            db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = sessions[0].Id, AthleteId = athlete.Id, Completed = true, ActualDurationMinutes = 40, Rpe = 6, LoggedAt = TestClock.Start });
            await db.SaveChangesAsync(Ct);
        }

        await CountSessionAsync(client, sessions[1].Id);
        var logged = await CountSessionAsync(client, sessions[0].Id);
        var notLogged = await CountSessionAsync(client, sessions[1].Id);

        logged.ShouldBe(1, "the session, its log, its last author and the caller's relation to its athlete, in one query");
        notLogged.ShouldBe(1);
    }

    /// <remarks>Counted: <see cref="PlanService.GetWeekAsync"/> exactly as the week page calls it.</remarks>
    [Fact]
    public async Task WeekPageData_EmptyFullOrCurrentWeek_TakesTheSameOneCommand()
    {
        var (user, _, _) = await Data.AthleteWithBlockAsync(Monday);
        var plans = Service<PlanService>();

        Counter.Reset();
        (await plans.GetWeekAsync(user, null, Monday.AddDays(-7), Ct))!.Sessions.ShouldBeEmpty();
        var empty = Counter.Count;
        Counter.Reset();
        (await plans.GetWeekAsync(user, null, Monday, Ct))!.Sessions.Count.ShouldBeGreaterThan(3);
        var full = Counter.Count;
        Counter.Reset();
        (await plans.GetWeekAsync(user, null, null, Ct))!.Monday.ShouldBe(Monday);
        var current = Counter.Count;

        full.ShouldBe(empty);
        current.ShouldBe(full);
        full.ShouldBe(1);
    }

    /// <remarks>
    /// Counted: the prerendered week page fetched over HTTP with the cookie (layout, navigation and page together).
    /// The circuit that follows in a browser reuses this data (persisted component state), see the week journey.
    /// </remarks>
    [Fact]
    public async Task WeekPage_Prerendered_SendsTheSameFewCommandsForAnEmptyAndAFullWeek()
    {
        var (_, _, email) = await Data.AthleteWithBlockAsync(Monday);
        using var client = CreateClient();
        (await AccountClient.LogInAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var empty = await CountAsync(client, $"/week?start={Day(Monday.AddDays(-7))}");
        var full = await CountAsync(client, $"/week?start={Day(Monday)}");

        full.ShouldBe(empty);
        full.ShouldBeLessThanOrEqualTo(MostCommands);
    }

    /// <remarks>Counted: <see cref="CoachDesk.ListClientsAsync"/>, the coach dashboard's whole data load.</remarks>
    [Fact]
    public async Task CoachDashboard_OneOrThirtyClients_TakesTheSameThreeCommands()
    {
        var (coach, coachId) = await CoachAsync();
        await ClientAsync(coachId, "Client 00", Monday);
        var desk = Service<CoachDesk>();

        Counter.Reset();
        (await desk.ListClientsAsync(coach, Ct)).Count.ShouldBe(1);
        var forOne = Counter.Count;
        for (var i = 1; i < 30; i++)
        {
            await ClientAsync(coachId, $"Client {i:00}", Monday);
        }

        Counter.Reset();
        (await desk.ListClientsAsync(coach, Ct)).Count.ShouldBe(30);
        var forThirty = Counter.Count;

        forThirty.ShouldBe(forOne);
        forThirty.ShouldBe(MostCommands, "clients with their current block's kept verdict, this week's and the load windows' session states, check-ins");
    }

    /// <remarks>
    /// Counted: <see cref="CoachDesk.ListClientsAsync"/> for a client whose block is one week, then twelve weeks long with
    /// four weeks logged beside it: the kept verdicts mean no block's sessions are read, however many weeks it has.
    /// </remarks>
    [Fact]
    public async Task CoachDashboard_OneWeekOrTwelveLoggedWeeks_TakesTheSameThreeCommands()
    {
        var (coach, coachId) = await CoachAsync();
        await ClientAsync(coachId, "Short block", Monday);
        var desk = Service<CoachDesk>();

        Counter.Reset();
        (await desk.ListClientsAsync(coach, Ct)).ShouldHaveSingleItem().PlannedThisWeek.ShouldBeGreaterThan(0);
        var forOneWeek = Counter.Count;
        var (_, second) = await ClientAsync(coachId, "Long block", Monday.AddDays(-28), weeks: 12);
        await LogPastSessionsAsync(second.Id);

        Counter.Reset();
        (await desk.ListClientsAsync(coach, Ct)).Count.ShouldBe(2);
        var forTwelveWeeks = Counter.Count;

        forTwelveWeeks.ShouldBe(forOneWeek);
        forTwelveWeeks.ShouldBe(MostCommands);
    }

    private async Task LogPastSessionsAsync(Guid athleteId)
    {
        await using var db = App.CreateDbContext();
        foreach (var session in await db.PlannedSessions.Where(s => s.AthleteId == athleteId && s.Date < Today).ToListAsync(Ct))
        {
            db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = session.Id, AthleteId = athleteId, Completed = true, ActualDurationMinutes = 45, Rpe = 6, LoggedAt = TestClock.Start });
        }

        await db.SaveChangesAsync(Ct);
    }

    /// <remarks>Counted: the whole print request over HTTP with gym staff's cookie (see the cookie note above).</remarks>
    [Fact]
    public async Task SheetPrint_OneOrTwoHundredAthletes_SendsTheSameTwoCommandsThroughHttp()
    {
        var sheets = new SheetTestData(App);
        var (gym, staff, _, members) = await sheets.GymWithMembersAsync(Monday, 1);
        using var client = CreateClient();
        (await AccountClient.LogInAsync(client, staff)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var print = $"/sheets/print?week={Day(Monday)}&all=true";

        var forOne = await CountAsync(client, print);
        await sheets.CloneMembersAsync(members[0], gym.Id, 199);
        var forTwoHundred = await CountAsync(client, print, expectedSheets: 200);

        forTwoHundred.ShouldBe(forOne);
        forTwoHundred.ShouldBe(2, "athletes, then their sessions with their blocks' training maxes");
    }

    private async Task<(long Commands, int Sessions)> CountWeekAsync(HttpClient client, Guid athleteId, DateOnly day)
    {
        Counter.Reset();
        using var response = await client.GetAsync($"/api/v1/athletes/{athleteId}/weeks/{Day(day)}", Ct);
        var commands = Counter.Count;
        var week = await ApiScenario.ReadAsync(response, HttpStatusCode.OK);
        return (commands, week.GetProperty("sessions").GetArrayLength());
    }

    private async Task<long> CountSessionAsync(HttpClient client, Guid sessionId)
    {
        Counter.Reset();
        using var response = await client.GetAsync($"/api/v1/sessions/{sessionId}", Ct);
        var commands = Counter.Count;
        (await ApiScenario.ReadAsync(response, HttpStatusCode.OK)).GetProperty("session").GetProperty("id").GetGuid().ShouldBe(sessionId);
        return commands;
    }

    private async Task<long> CountAsync(HttpClient client, string path, int? expectedSheets = null)
    {
        Counter.Reset();
        using var response = await client.GetAsync(path, Ct);
        var commands = Counter.Count;
        var html = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        if (expectedSheets is { } count)
        {
            html.Split("<section class=\"sh-sheet\"").Length.ShouldBe(count + 1);
        }

        return commands;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
