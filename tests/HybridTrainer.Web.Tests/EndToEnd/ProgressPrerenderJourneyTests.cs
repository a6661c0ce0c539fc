using System.Diagnostics;
using HybridTrainer.Data.Diagnostics;
using HybridTrainer.Data.Journal;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using LoggedSet = HybridTrainer.Data.Journal.LoggedSet;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>
/// The progress page and the home's "what changed" hand what they read while prerendering to the circuit: a full load
/// in the browser (prerender, then circuit start) reads the progress figures once. Only the page's own tables are
/// counted, since the shared app may run unrelated background commands meanwhile.
/// </summary>
public class ProgressPrerenderJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    // The progress figures' own reads: its blocks (the race countdown reads training_blocks too, so it is told apart by
    // what it selects), logs, recorded runs and weigh-ins.
    private static readonly string[] ProgressTables = ["snapshot ->> 'Vdot'", "FROM session_logs", "FROM activities", "FROM body_measurements"];

    private CommandCounter Counter => App.Services.GetRequiredService<CommandCounter>();

    [Fact]
    public async Task ProgressPage_OpenedInTheBrowser_ReadsEachOfItsTablesOnceForPrerenderAndCircuit()
    {
        var email = await AthleteWithALoggedLiftAsync();
        await LogInAsync(email, TestData.Password);
        await Page.Locator("[data-interactive=true]").WaitForAsync();

        Counter.Reset();
        await Page.GotoAsync("/progress?weeks=4");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        var commands = await SettledCommandsAsync();

        foreach (var table in ProgressTables)
        {
            commands.Count(sql => sql.Contains(table, StringComparison.Ordinal))
                .ShouldBe(1, $"{table} is read while prerendering only:\n{string.Join("\n--\n", commands)}");
        }

        await Assertions.Expect(Page.GetByTestId("e1rm-chart")).Not.ToContainTextAsync("no data yet");
        // The circuit took over: choosing another span reads that span.
        Counter.Reset();
        // The span choices are links styled as buttons.
        var twelveWeeks = Page.GetByTestId("progress-span").GetByText("12 weeks");
        await twelveWeeks.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("progress-span").Locator("[aria-current=page]")).ToContainTextAsync("12 weeks");
        (await SettledCommandsAsync()).Count(sql => sql.Contains("FROM body_measurements", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task HomePage_OpenedInTheBrowser_ReadsNoMoreThanItsPrerenderDoes()
    {
        var email = await AthleteWithALoggedLiftAsync();
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, email);
        Counter.Reset();
        (await client.GetAsync("/", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var prerender = await SettledCommandsAsync();
        await LogInAsync(email, TestData.Password);
        await Page.Locator("[data-interactive=true]").WaitForAsync();

        Counter.Reset();
        await Page.GotoAsync("/");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        var full = await SettledCommandsAsync();

        await Assertions.Expect(Page.GetByTestId("what-changed")).ToBeVisibleAsync();
        foreach (var table in ProgressTables.Skip(1))
        {
            full.Count(sql => sql.Contains(table, StringComparison.Ordinal)).ShouldBe(
                prerender.Count(sql => sql.Contains(table, StringComparison.Ordinal)), $"{table}: the circuit reads nothing again:\n{string.Join("\n--\n", full)}");
        }
    }

    private async Task<string> AthleteWithALoggedLiftAsync()
    {
        var data = new TestData(App);
        var (_, athlete, email) = await data.AthleteWithBlockAsync(LocalDays.MondayOf(TestClock.Today).AddDays(-7), 2);
        var lift = (await data.SessionsOfAsync(athlete.Id)).First(s => s.Kind == SessionKind.Lift && s.Date < TestClock.Today);
        await using var db = App.CreateDbContext();
        db.SessionLogs.Add(new SessionLog
        {
            Id = Guid.NewGuid(), PlannedSessionId = lift.Id, AthleteId = athlete.Id, Completed = true, ActualDurationMinutes = 60, Rpe = 7, LoggedAt = TestClock.Start,
            Sets = [new LoggedSet { Exercise = "Back squat", MainLift = nameof(MainLift.Squat), Reps = 5, WeightKg = 100m }],
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return email;
    }

    // The circuit's first render runs just after the marker shows: wait until no command has come for a while.
    private async Task<IReadOnlyList<string>> SettledCommandsAsync()
    {
        var last = Counter.Count;
        var quiet = Stopwatch.StartNew();
        var total = Stopwatch.StartNew();
        while (quiet.ElapsedMilliseconds < 1500 && total.ElapsedMilliseconds < 15000)
        {
            await Task.Delay(100);
            if (Counter.Count != last)
            {
                last = Counter.Count;
                quiet.Restart();
            }
        }

        return Counter.Recent;
    }
}
