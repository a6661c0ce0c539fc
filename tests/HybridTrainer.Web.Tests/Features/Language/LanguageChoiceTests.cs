using System.Net;
using System.Text.RegularExpressions;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Language;

public partial class LanguageChoiceTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task ChoosingSpanish_SignedIn_IsKeptOnTheAccount()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        var response = await ChooseAsync(client, "es", "/plan");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/plan");
        (await LanguageOfAsync(user.Id)).ShouldBe("es");
    }

    [Fact]
    public async Task ChoosingSpanish_SignedIn_TheNextPageIsInSpanish()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        await ChooseAsync(client, "es", "/");
        var page = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        page.ShouldContain("<html lang=\"es\"");
    }

    [Fact]
    public async Task ChoosingTheBrowsersLanguage_ForgetsTheChoice()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);
        await ChooseAsync(client, "es", "/");

        await ChooseAsync(client, "", "/");

        (await LanguageOfAsync(user.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task ChoosingSpanish_NotSignedIn_KeepsItInACookieForTheNextPages()
    {
        using var client = CreateClient();

        var response = await ChooseAsync(client, "es", "/account/login");
        var page = await client.GetStringAsync("/account/login", TestContext.Current.CancellationToken);

        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        page.ShouldContain("<html lang=\"es\"");
    }

    [Fact]
    public async Task ALanguageTheAppDoesNotSpeak_IsRefusedWithAFieldError()
    {
        using var client = CreateClient();

        var response = await ChooseAsync(client, "fr", "/");

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("language")[0].GetString().ShouldBe("Choose English, Español or your browser's language.");
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task AReturnAddressOutsideTheApp_LandsOnTheHomePage(string returnUrl)
    {
        using var client = CreateClient();

        var response = await ChooseAsync(client, "es", returnUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task AChoiceWithoutTheFormsToken_IsRefusedAndChangesNothing()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "es", ["returnUrl"] = "/" }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await LanguageOfAsync(user.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task SigningIn_KeepsTheBrowsersLanguageForEmails()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-MX,es;q=0.9,en;q=0.5");

        await AccountClient.LogInAsync(client, user.Email!);

        await using var db = App.CreateDbContext();
        (await db.Users.Where(u => u.Id == user.Id).Select(u => u.BrowserLanguage).SingleAsync(TestContext.Current.CancellationToken)).ShouldBe("es");
    }

    // The token comes from a page the person can open, as the chooser's own form carries it.
    private static async Task<HttpResponseMessage> ChooseAsync(HttpClient client, string language, string returnUrl)
    {
        var token = AntiforgeryToken().Match(await PageAsync(client, "/"));
        if (!token.Success)
        {
            token = AntiforgeryToken().Match(await PageAsync(client, "/account/login"));
        }

        token.Success.ShouldBeTrue("no antiforgery token on the page");
        return await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token.Groups[1].Value,
            ["language"] = language,
            ["returnUrl"] = returnUrl,
        }), TestContext.Current.CancellationToken);
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private async Task<string?> LanguageOfAsync(Guid userId)
    {
        await using var db = App.CreateDbContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.Language).SingleAsync(TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
