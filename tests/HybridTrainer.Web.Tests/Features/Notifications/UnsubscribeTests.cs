using System.Net;
using System.Text.RegularExpressions;
using HybridTrainer.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Notifications;

/// <summary>The unsubscribe link of a real mail: one click from a mail program (no cookie), or the confirm page's button.</summary>
public partial class UnsubscribeTests(NotificationMailFixture mail) : NotificationTest(mail)
{
    private const string Zone = "Europe/Dublin";

    [Fact]
    public async Task OneClickPost_WithoutCookies_Unsubscribes_AndNoMailLeavesTheNextDay()
    {
        var (coach, _) = await CoachWithWornOutClientAsync(App, Zone);
        var link = await FirstDigestLinkAsync(coach.Email!);
        using var mailProgram = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

        using var response = await mailProgram.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SettingAsync(coach.Id)).Enabled.ShouldBeFalse();
        await Smtp.DeleteAllAsync();
        await AdvanceToAsync(App, NextLocal(App, Zone, 7, 5));
        (await Smtp.MessagesAsync()).ShouldBeEmpty();
        (await SendsOfAsync(App, coach.Id)).Count.ShouldBe(1, "only the first day's digest is logged");
    }

    [Fact]
    public async Task ConfirmPage_AsksFirst_ThenItsButtonUnsubscribes_AndThePageSaysSo()
    {
        var (coach, _) = await CoachWithWornOutClientAsync(App, Zone);
        var link = await FirstDigestLinkAsync(coach.Email!);
        using var browser = App.CreateHttpClient();

        var page = await browser.GetStringAsync(link, TestContext.Current.CancellationToken);
        page.ShouldContain("data-testid=\"unsubscribe-question\"");
        (await SettingAsync(coach.Id)).Enabled.ShouldBeTrue("opening the page changes nothing");
        using var posted = await browser.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["source"] = "page" }), TestContext.Current.CancellationToken);

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync(posted.Headers.Location!.OriginalString, TestContext.Current.CancellationToken)).ShouldContain("You are unsubscribed");
        (await SettingAsync(coach.Id)).Enabled.ShouldBeFalse();
    }

    [Fact]
    public async Task AlteredToken_FriendlyPage_AndTheOneClickPostIsRefused()
    {
        var (coach, _) = await CoachWithWornOutClientAsync(App, Zone);
        var link = await FirstDigestLinkAsync(coach.Email!);
        var altered = link[..^6] + (link.EndsWith("AAAAAA", StringComparison.Ordinal) ? "BBBBBB" : "AAAAAA");
        using var client = App.CreateHttpClient();

        (await client.GetStringAsync(altered, TestContext.Current.CancellationToken)).ShouldContain("This unsubscribe link does not work");
        using var posted = await client.PostAsync(altered, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }), TestContext.Current.CancellationToken);

        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SettingAsync(coach.Id)).Enabled.ShouldBeTrue();
    }

    private async Task<string> FirstDigestLinkAsync(string email)
    {
        await AdvanceToAsync(App, NextLocal(App, Zone, 7, 1));
        var (_, text) = await Smtp.WaitForMailToAsync(email);
        var match = UnsubscribeLink().Match(text);
        match.Success.ShouldBeTrue(text);
        return match.Value;
    }

    private async Task<NotificationSetting> SettingAsync(Guid userId)
    {
        await using var db = App.CreateDbContext();
        return await db.NotificationSettings.AsNoTracking().SingleAsync(s => s.UserId == userId);
    }

    [GeneratedRegex(@"https?://\S+/unsubscribe/\S+")]
    private static partial Regex UnsubscribeLink();
}
