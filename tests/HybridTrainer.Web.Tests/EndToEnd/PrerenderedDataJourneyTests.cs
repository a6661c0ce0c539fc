using System.Diagnostics;
using System.Globalization;
using HybridTrainer.Data.Diagnostics;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>
/// A page that loads data while prerendering hands it to its circuit (persisted component state): opening it in a
/// browser sends the load's queries once, not once for the prerender and again when the circuit starts. Only the
/// page's own queries are counted: the shared app may meanwhile run unrelated background commands (key ring,
/// security stamps of other tests' circuits).
/// </summary>
public class PrerenderedDataJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    private static readonly DateOnly Monday = LocalDays.MondayOf(TestClock.Today);

    private CommandCounter Counter => App.Services.GetRequiredService<CommandCounter>();

    [Fact]
    public async Task WeekPage_OpenedInTheBrowser_LoadsItsWeekOnceForPrerenderAndCircuit()
    {
        var (_, _, email) = await new TestData(App).AthleteWithBlockAsync(Monday);
        await LogInAsync(email, TestData.Password);
        await Page.Locator("[data-interactive=true]").WaitForAsync();

        Counter.Reset();
        await Page.GotoAsync($"/week?start={Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        var commands = await SettledCommandsAsync();

        commands.Count(sql => sql.Contains("FROM planned_sessions", StringComparison.Ordinal))
            .ShouldBe(1, $"the week's sessions are read while prerendering only:\n{string.Join("\n--\n", commands)}");
        await Assertions.Expect(Page.GetByTestId("week-day")).ToHaveCountAsync(7);
        await Assertions.Expect(Page.GetByTestId("session-card").First).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToContainTextAsync(Monday.AddDays(7).ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task CoachPage_OpenedInTheBrowser_LoadsTheClientTableOnceForPrerenderAndCircuit()
    {
        var data = new TestData(App);
        var coach = await data.UserAsync(AppRoles.Coach);
        var (_, athlete, _) = await data.AthleteWithBlockAsync(Monday);
        await data.LinkCoachAsync(coach.Id, athlete.Id);
        await LogInAsync(coach.Email!, TestData.Password);
        await Page.Locator("[data-interactive=true]").WaitForAsync();

        Counter.Reset();
        await Page.GotoAsync("/coach");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        var commands = await SettledCommandsAsync();

        commands.Count(sql => sql.Contains("FROM recovery_logs", StringComparison.Ordinal))
            .ShouldBe(1, $"the coach desk's check-ins are read while prerendering only:\n{string.Join("\n--\n", commands)}");
        await Assertions.Expect(Page.GetByText(athlete.DisplayName).First).ToBeVisibleAsync();
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
