using System.Net;
using System.Text.RegularExpressions;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>Sign-ins are sessions the server can end: logging out stops a copied cookie, and no sign-in outlives 30 days.</summary>
public partial class ServerSessionTests(HostFixture host) : HostTest(host)
{
    private const string CookieName = "HybridTrainer.Auth";

    [Fact]
    public async Task LogOut_ReplayingTheCookieCopiedBefore_RedirectsPagesToTheLogInPage()
    {
        var copied = await SignedInCookieAfterLogOutAsync();
        using var replay = ClientWith(copied);

        var response = await replay.GetAsync("/account/password", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/login");
    }

    [Fact]
    public async Task LogOut_ReplayingTheCookieCopiedBefore_Answers401OnTheApi()
    {
        var copied = await SignedInCookieAfterLogOutAsync();
        using var replay = ClientWith(copied);

        var response = await replay.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LogOut_EndsTheSessionRow()
    {
        await SignedInCookieAfterLogOutAsync();

        await using var db = App.CreateDbContext();
        var session = await db.UserSessions.SingleAsync(TestContext.Current.CancellationToken);
        session.EndedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task LogOut_OtherSessionsOfTheSamePerson_KeepWorking()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var phone = CreateClient();
        await AccountClient.LogInAsync(phone, user.Email!);
        using var laptop = CreateClient();
        await AccountClient.LogInAsync(laptop, user.Email!);

        await LogOutAsync(laptop);

        (await phone.GetAsync("/account/password", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SessionsPage_SignOutEverywhereElse_EndsTheOtherBrowsersButNotThisOne()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var phone = CreateClient();
        await AccountClient.LogInAsync(phone, user.Email!);
        using var laptop = CreateClient();
        await AccountClient.LogInAsync(laptop, user.Email!);
        (await laptop.GetStringAsync("/account/sessions", TestContext.Current.CancellationToken)).ShouldContain("This browser");

        var response = await AccountClient.PostFormAsync(laptop, "/account/sessions", "end-others", new Dictionary<string, string>());

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("1 other browser is signed out.");
        (await phone.GetAsync("/account/password", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await laptop.GetAsync("/account/password", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SessionsPage_SignOutOneBrowser_EndsOnlyThatOne()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var phone = CreateClient();
        await AccountClient.LogInAsync(phone, user.Email!);
        using var tablet = CreateClient();
        await AccountClient.LogInAsync(tablet, user.Email!);
        using var laptop = CreateClient();
        await AccountClient.LogInAsync(laptop, user.Email!);
        await using var db = App.CreateDbContext();
        var phoneSession = await db.UserSessions.OrderBy(s => s.CreatedAt).Select(s => s.Id).FirstAsync(TestContext.Current.CancellationToken);

        await AccountClient.PostFormAsync(laptop, "/account/sessions", $"end-{phoneSession:N}", new Dictionary<string, string>());

        (await phone.GetAsync("/account/password", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await tablet.GetAsync("/account/password", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Logs in, copies the sign-in cookie as a thief would, logs out, and hands back the copy.</summary>
    private async Task<string> SignedInCookieAfterLogOutAsync()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() };
        using var browser = new HttpClient(handler) { BaseAddress = App.BaseAddress };
        await AccountClient.LogInAsync(browser, user.Email!);
        var copied = handler.CookieContainer.GetCookies(App.BaseAddress)[CookieName]!.Value;
        using (var before = ClientWith(copied))
        {
            (await before.GetAsync("/account/password", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await LogOutAsync(browser);
        return copied;
    }

    private static async Task LogOutAsync(HttpClient browser)
    {
        var page = await browser.GetStringAsync("/");
        var token = AntiforgeryToken().Match(page);
        token.Success.ShouldBeTrue("no log-out form on the home page");
        var response = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token.Groups[1].Value }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private HttpClient ClientWith(string cookie)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = App.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", $"{CookieName}={cookie}");
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
