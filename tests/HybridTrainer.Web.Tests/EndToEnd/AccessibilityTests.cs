using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Shoe = HybridTrainer.Data.Athletes.Shoe;
using HybridTrainer.Data.Journal;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Components.Layout;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>axe-core on the athlete's pages, in both themes: no serious or critical violation (WCAG 2.x A and AA).</summary>
public class AccessibilityTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Theory]
    [InlineData(ThemePreferences.Light)]
    [InlineData(ThemePreferences.Dark)]
    public async Task AthletePages_HaveNoSeriousOrCriticalAxeViolations(string theme)
    {
        var monday = LocalDays.MondayOf(TestClock.Today);
        var data = new TestData(App);
        var (_, athlete, email) = await data.AthleteWithBlockAsync(monday);
        var sessions = await data.SessionsOfAsync(athlete.Id);
        var lift = sessions.First(s => s.Kind == SessionKind.Lift);
        await using (var db = App.CreateDbContext())
        {
            db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = sessions[0].Id, AthleteId = athlete.Id, Completed = true, ActualDurationMinutes = 60, Rpe = 7, LoggedAt = TestClock.Start });
            db.Shoes.Add(new Shoe { Id = Guid.NewGuid(), AthleteId = athlete.Id, Name = "Worn trainer", Kind = ShoeKind.Cushioned, Kilometres = 650m, CreatedAt = TestClock.Start });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await Page.Context.AddCookiesAsync([new Cookie { Name = ThemePreferences.CookieName, Value = theme, Url = App.BaseAddress.ToString() }]);
        await LogInAsync(email, TestData.Password);

        var report = new List<string>();
        report.AddRange(await AuditAsync("/", "dashboard"));
        report.AddRange(await AuditAsync($"/week?start={monday:yyyy-MM-dd}", "session-card"));
        report.AddRange(await AuditAsync($"/session/{lift.Id}", "log-form"));
        report.AddRange(await AuditAsync("/shoes", "shoe-list"));
        report.AddRange(await AuditAsync("/progress", "progress-span"));

        report.ShouldBeEmpty($"axe found serious or critical violations in the {theme} theme:\n{string.Join("\n", report)}");
    }

    private async Task<IEnumerable<string>> AuditAsync(string path, string readyTestId)
    {
        await Page.GotoAsync(path);
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByTestId(readyTestId).First.WaitForAsync();
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .SelectMany(v => v.Nodes.Select(n => $"{path}: {v.Id} ({v.Impact}) {v.Help}: {n.Target} {n.Html}"));
    }
}
