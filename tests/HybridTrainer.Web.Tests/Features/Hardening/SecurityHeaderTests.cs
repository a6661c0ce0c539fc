using System.Net;
using System.Text.RegularExpressions;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Hardening;

public partial class SecurityHeaderTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/api/v1/athletes")]
    [InlineData("/no-such-page")]
    [InlineData("/health/live")]
    public async Task EveryAnswer_CarriesTheSecurityHeaders(string path)
    {
        using var response = await CreateClient().GetAsync(path, Ct);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("object-src 'none'");
        policy.ShouldContain("base-uri 'self'");
        policy.ShouldContain("frame-ancestors 'self'");
        policy.ShouldContain("default-src 'self'");
        policy.ShouldNotContain("unsafe-eval");
        ScriptSource().Match(policy).Groups[1].Value.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("SAMEORIGIN");
    }

    [Fact]
    public async Task Answers_HaveNoServerBanner()
    {
        using var response = await CreateClient().GetAsync("/account/login", Ct);

        response.Headers.Contains("Server").ShouldBeFalse();
        response.Headers.Contains("X-Powered-By").ShouldBeFalse();
    }

    [Fact]
    public async Task ThePageNonce_MatchesTheImportMapsNonce_AndChangesPerRequest()
    {
        using var client = CreateClient();
        using var first = await client.GetAsync("/account/login", Ct);
        using var second = await client.GetAsync("/account/login", Ct);

        var nonce = Nonce().Match(first.Headers.GetValues("Content-Security-Policy").Single()).Groups[1].Value;
        nonce.ShouldNotBeNullOrEmpty();
        var page = await first.Content.ReadAsStringAsync(Ct);
        var importMap = ImportMapTag().Match(page);
        importMap.Success.ShouldBeTrue($"no import map in: {page[..Math.Min(page.Length, 2000)]}");
        importMap.Value.ShouldContain($"nonce=\"{nonce}\"");
        Nonce().Match(second.Headers.GetValues("Content-Security-Policy").Single()).Groups[1].Value.ShouldNotBe(nonce);
    }

    [Fact]
    public async Task ARequestForwardedAsHttpsByTheLocalProxy_GetsHsts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Host = "hybridtrainer.example";
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await CreateClient().SendAsync(request, Ct);

        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");
    }

    [Fact]
    public async Task APlainHttpRequest_GetsNoHsts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Host = "hybridtrainer.example";

        using var response = await CreateClient().SendAsync(request, Ct);

        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task SessionAndAntiforgeryCookies_AreHttpOnlyAndSameSite()
    {
        var user = await new TestData(App).UserAsync(Data.Identity.AppRoles.Athlete);
        using var client = CreateClient();

        using var login = await AccountClient.LogInAsync(client, user.Email!);

        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        cookies.ShouldContain(c => c.StartsWith("HybridTrainer.Auth=", StringComparison.Ordinal));
        cookies.ShouldAllBe(c =>
            c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("script-src ([^;]*)")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("<script[^>]*type=\"importmap\"[^>]*>")]
    private static partial Regex ImportMapTag();

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();
}

/// <summary>With an HTTPS port configured (as in production), plain HTTP is redirected.</summary>
public sealed class HttpsRedirectionTests : IAsyncLifetime
{
    private readonly AppFactory _app = new(TestDatabase.NewName("https"), new Dictionary<string, string?> { ["HttpsRedirection:HttpsPort"] = "443" });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task PlainHttp_IsRedirectedToHttps()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Host = "hybridtrainer.example";

        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location!.ToString().ShouldBe("https://hybridtrainer.example/account/login");
    }
}
