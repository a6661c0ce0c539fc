using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account.TwoFactor;

/// <summary>The WebAuthn options endpoints the passkey script calls: only with the page's antiforgery token.</summary>
public partial class PasskeyOptionsTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task CreationOptions_ForTheSignedInUser_NameThemAndCarryAChallenge()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete, name: "Pat Passkey");
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        var response = await PostWithPageTokenAsync(client, "/account/two-factor", "/account/passkey/creation-options");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        json.RootElement.GetProperty("user").GetProperty("name").GetString().ShouldBe(user.Email);
        json.RootElement.GetProperty("user").GetProperty("displayName").GetString().ShouldBe("Pat Passkey");
        json.RootElement.GetProperty("challenge").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task RequestOptions_FromTheLogInPage_NeedNoAccount()
    {
        using var client = CreateClient();

        var response = await PostWithPageTokenAsync(client, "/account/login", "/account/passkey/request-options");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        json.RootElement.GetProperty("challenge").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Options_WithoutThePagesToken_AreRefused()
    {
        using var client = CreateClient();

        var response = await client.PostAsync("/account/passkey/request-options", null, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PasskeySignIn_WithoutACredential_ShowsAMessageOnTheLogInPage()
    {
        using var client = CreateClient();

        var response = await AccountClient.PostFormAsync(client, "/account/login", "passkey-login",
            new Dictionary<string, string> { ["Passkey.Error"] = "No passkey was given: the browser window was closed or timed out." });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("No passkey was given");
    }

    [Fact]
    public async Task PasskeySignIn_WithAForgedCredential_IsRefusedWithAMessage()
    {
        using var client = CreateClient();
        await PostWithPageTokenAsync(client, "/account/login", "/account/passkey/request-options");

        var response = await AccountClient.PostFormAsync(client, "/account/login", "passkey-login",
            new Dictionary<string, string> { ["Passkey.CredentialJson"] = """{"id":"AAAA","rawId":"AAAA","type":"public-key","response":{}}""" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        TwoFactorForms.IsSignedIn(response).ShouldBeFalse();
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("That passkey is not registered here");
    }

    private static async Task<HttpResponseMessage> PostWithPageTokenAsync(HttpClient client, string page, string endpoint)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenAttributes().Match(html);
        match.Success.ShouldBeTrue($"no passkey button on {page}");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        request.Headers.Add(match.Groups[1].Value, match.Groups[2].Value);
        return await client.SendAsync(request);
    }

    [GeneratedRegex("request-token-name=\"([^\"]+)\" request-token-value=\"([^\"]+)\"")]
    private static partial Regex TokenAttributes();
}
