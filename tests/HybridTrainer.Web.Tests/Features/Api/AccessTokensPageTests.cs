using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Api;

public partial class AccessTokensPageTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Create_ShowsTheTokenOnceAndItOpensTheApi()
    {
        using var browser = await SignedInAsync();

        var page = await CreateAsync(browser, "nightly sync");

        var token = NewToken().Match(page);
        token.Success.ShouldBeTrue();
        // The copy button works under the CSP: a script file, no inline handler.
        page.ShouldContain("data-copy-target=\"new-token\"");
        page.ShouldContain("js/copy.js");
        page.ShouldNotContain("onclick=");
        var again = await browser.GetStringAsync("/account/tokens", TestContext.Current.CancellationToken);
        again.ShouldNotContain(token.Value);
        again.ShouldContain("nightly sync");
        again.ShouldContain(token.Value[..12]);
        using var script = CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        (await script.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Create_WithoutAName_ShowsTheMessageAndStoresNothing()
    {
        using var browser = await SignedInAsync();

        var page = await CreateAsync(browser, "");

        page.ShouldContain("Name the token after the script that uses it.");
        await using var db = App.CreateDbContext();
        (await db.PersonalAccessTokens.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task Revoke_StopsTheTokenAtOnce()
    {
        using var browser = await SignedInAsync();
        var token = NewToken().Match(await CreateAsync(browser, "old script")).Value;
        await using var db = App.CreateDbContext();
        var id = await db.PersonalAccessTokens.Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken);

        var response = await AccountClient.PostFormAsync(browser, "/account/tokens", $"revoke-{id:N}", new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var script = CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await script.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Page_Anonymous_RedirectsToLogIn()
    {
        using var client = CreateClient();

        var response = await client.GetAsync("/account/tokens", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("account/login");
    }

    internal static async Task<string> CreateAsync(HttpClient browser, string name, string password = TestData.Password)
    {
        var response = await AccountClient.PostFormAsync(browser, "/account/tokens", "create-token", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.ExpiresInDays"] = "90",
            ["Input.CurrentPassword"] = password,
        });
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Coach);
        var client = CreateClient();
        (await AccountClient.LogInAsync(client, user.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [GeneratedRegex("htp_[A-Za-z0-9_-]{43}")]
    internal static partial Regex NewToken();
}
