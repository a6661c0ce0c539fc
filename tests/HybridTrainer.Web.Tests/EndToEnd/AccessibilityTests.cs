using Shoe = HybridTrainer.Data.Athletes.Shoe;
using HybridTrainer.Data.Journal;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Components.Layout;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;
using HybridTrainer.Data.Identity;

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

    [Theory]
    [InlineData(ThemePreferences.Light)]
    [InlineData(ThemePreferences.Dark)]
    public async Task TwoFactorPages_HaveNoSeriousOrCriticalAxeViolations(string theme)
    {
        var data = new TestData(App);
        var settingUp = await data.UserAsync(AppRoles.Athlete);
        var withCodes = await data.UserAsync(AppRoles.Athlete);
        var (key, _) = await Totp.TurnOnAsync(App, withCodes.Id);
        await Page.Context.AddCookiesAsync([new Cookie { Name = ThemePreferences.CookieName, Value = theme, Url = App.BaseAddress.ToString() }]);

        var report = new List<string>();
        await LogInAsync(settingUp.Email!, TestData.Password);
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        report.AddRange(await AuditAsync("/account/two-factor", readyTestId: null, interactive: false));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Set up an authenticator app" }).ClickAsync();
        report.AddRange(await AuditAsync(null, "shared-key", interactive: false));
        await Page.Context.ClearCookiesAsync();
        await Page.Context.AddCookiesAsync([new Cookie { Name = ThemePreferences.CookieName, Value = theme, Url = App.BaseAddress.ToString() }]);
        await LogInAsync(withCodes.Email!, TestData.Password);
        await Page.GetByLabel("Code from your app").WaitForAsync();
        report.AddRange(await AuditAsync(null, readyTestId: null, interactive: false));
        await Page.GetByLabel("Code from your app").FillAsync(Totp.Code(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        report.AddRange(await AuditAsync("/account/two-factor", "authenticator-on", interactive: false));

        report.ShouldBeEmpty($"axe found serious or critical violations in the {theme} theme:\n{string.Join("\n", report)}");
    }

    private Task<IEnumerable<string>> AuditAsync(string? path, string? readyTestId, bool interactive = true) =>
        AxeAudit.RunAsync(Page, path, readyTestId, interactive);
}
