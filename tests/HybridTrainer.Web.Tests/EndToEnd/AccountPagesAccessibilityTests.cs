using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Notifications;
using HybridTrainer.Web.Components.Layout;
using HybridTrainer.Web.Features.Account;
using HybridTrainer.Web.Features.Notifications;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>
/// axe-core on the pages a gym's members meet around their account (signing in, recovering access, e-mail settings,
/// sign-in sessions, the gym admin's page), in both themes and both languages: no serious or critical violation.
/// </summary>
public class AccountPagesAccessibilityTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Theory]
    [InlineData(ThemePreferences.Light, Languages.English)]
    [InlineData(ThemePreferences.Dark, Languages.Spanish)]
    public async Task SignedOutAccountPages_HaveNoSeriousOrCriticalAxeViolations(string theme, string language)
    {
        var member = await new TestData(App).UserAsync(AppRoles.Athlete);
        var withCodes = await new TestData(App).UserAsync(AppRoles.Athlete);
        await Totp.TurnOnAsync(App, withCodes.Id);
        var resetLink = await ResetLinkAsync(member);
        var unsubscribe = await SubscribedLinkAsync(member.Id);

        // The recovery-code page only opens between the password and the second factor; the log-in helper reads the
        // English form, so the theme and language are chosen once the password is in.
        await LogInAsync(withCodes.Email!, TestData.Password);
        await Page.WaitForURLAsync(url => url.Contains("/account/login/two-factor", StringComparison.Ordinal));
        await UseAsync(theme, language);

        var report = new List<string>();
        report.AddRange(await AxeAudit.RunAsync(Page, "/account/login/recovery-code", readyTestId: null, interactive: false));
        report.AddRange(await AxeAudit.RunAsync(Page, "/account/login", readyTestId: null, interactive: false));
        report.AddRange(await AxeAudit.RunAsync(Page, "/account/register", readyTestId: null, interactive: false));
        report.AddRange(await AxeAudit.RunAsync(Page, "/account/forgot-password", readyTestId: null, interactive: false));
        report.AddRange(await AxeAudit.RunAsync(Page, resetLink, readyTestId: null, interactive: false));
        report.AddRange(await AxeAudit.RunAsync(Page, "/account/lockout", readyTestId: null, interactive: false));
        report.AddRange(await AxeAudit.RunAsync(Page, "/account/external-login/failed", "external-sign-in-failed", interactive: false));
        report.AddRange(await AxeAudit.RunAsync(Page, unsubscribe, "unsubscribe-question", interactive: false));

        report.ShouldBeEmpty($"axe found serious or critical violations ({theme}, {language}):\n{string.Join("\n", report)}");
    }

    [Theory]
    [InlineData(ThemePreferences.Light, Languages.English)]
    [InlineData(ThemePreferences.Dark, Languages.Spanish)]
    public async Task SignedInAccountPagesAndTheGymPage_HaveNoSeriousOrCriticalAxeViolations(string theme, string language)
    {
        var data = new TestData(App);
        var admin = await data.UserAsync(AppRoles.GymAdmin, name: "Alex Admin");
        var member = await data.UserAsync(AppRoles.Coach, name: "Casey Coach");
        await data.GymAsync("Riverside", (admin.Id, GymRole.Admin), (member.Id, GymRole.Coach));
        await LogInAsync(admin.Email!, TestData.Password);
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await UseAsync(theme, language);

        var report = new List<string>();
        report.AddRange(await AxeAudit.RunAsync(Page, "/account/sessions", "sessions", interactive: false));
        report.AddRange(await AxeAudit.RunAsync(Page, "/account/notifications", readyTestId: null, interactive: false));
        report.AddRange(await AxeAudit.RunAsync(Page, "/account/password", readyTestId: null, interactive: false));
        report.AddRange(await AxeAudit.RunAsync(Page, "/gym", "gym-people"));

        report.ShouldBeEmpty($"axe found serious or critical violations ({theme}, {language}):\n{string.Join("\n", report)}");
    }

    private async Task UseAsync(string theme, string language)
    {
        var site = App.BaseAddress.ToString();
        await Page.Context.AddCookiesAsync(
        [
            new Cookie { Name = ThemePreferences.CookieName, Value = theme, Url = site },
            new Cookie { Name = CookieRequestCultureProvider.DefaultCookieName, Value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)), Url = site },
        ]);
    }

    // A person who gets "tomorrow's session" and opens the unsubscribe link of that e-mail.
    private async Task<string> SubscribedLinkAsync(Guid userId)
    {
        await using (var db = App.CreateDbContext())
        {
            db.NotificationSettings.Add(new NotificationSetting { UserId = userId, Kind = NotificationKind.TomorrowSession, Enabled = true, SendHour = 19, UpdatedAt = App.Clock.GetUtcNow() });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        return "/unsubscribe/" + Uri.EscapeDataString(App.Services.GetRequiredService<UnsubscribeTokens>().For(userId, NotificationKind.TomorrowSession));
    }

    // The link as an e-mail would carry it, opened on this host.
    private async Task<string> ResetLinkAsync(AppUser member)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var link = await scope.ServiceProvider.GetRequiredService<PasswordReset>().LinkAsync(member, App.BaseAddress.ToString());
        return new Uri(link).PathAndQuery;
    }
}
