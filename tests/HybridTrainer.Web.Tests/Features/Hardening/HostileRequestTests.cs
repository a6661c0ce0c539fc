using System.Net;
using HybridTrainer.Web.Tests.Features.Authorization;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>What the request sweep found, each as its own small case; and HEAD and unmapped POST answers.</summary>
public class HostileRequestTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/v1/athletes/", HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/no-such-thing", HttpStatusCode.NotFound)]
    public async Task AnApiCallAcceptingNoJson_GetsProblemDetails_NotAServerErrorOrText(string path, HttpStatusCode expected)
    {
        foreach (var accept in new[] { "application/xml", "text/html", "image/png" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Accept", accept);

            using var response = await CreateClient().SendAsync(request, Ct);

            response.StatusCode.ShouldBe(expected, accept);
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", accept);
        }
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("-1")]
    [InlineData("ftp")]
    public async Task APageForwardedWithASchemeOtherThanHttpOrHttps_IsServedAsPlainHttp(string scheme)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/register");
        request.Headers.Add("X-Forwarded-Proto", scheme);

        using var response = await CreateClient().SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task AProtectedPageForwardedWithANonsenseScheme_RedirectsToTheLogInPageWithoutThatScheme()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/week");
        request.Headers.Add("X-Forwarded-Proto", "javascript");

        using var response = await CreateClient().SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Relative: neither the forwarded scheme nor the Host header goes into the address.
        response.Headers.Location!.IsAbsoluteUri.ShouldBeFalse();
        response.Headers.Location.OriginalString.ShouldStartWith("/account/login");
    }

    [Theory]
    [InlineData("/openapi/v2.json")]
    [InlineData("/openapi/%27%3B%20DROP%20TABLE%20users.json")]
    public async Task AnOpenApiDocumentThatDoesNotExist_IsTheFriendlyNotFoundPage(string path)
    {
        using var response = await CreateClient().GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task TheOpenApiDocument_IsStillServed()
    {
        using var response = await CreateClient().GetAsync("/openapi/v1.json", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task HeadOnEveryPage_AnswersAsGetDoesWithoutABody_ForEveryCaller()
    {
        using var callers = await SweepCallers.CreateAsync(App);
        var pages = AuthorizationMatrixTests.Table.Keys.Where(e => e.StartsWith("GET /", StringComparison.Ordinal) && !e.StartsWith("GET /api/", StringComparison.Ordinal))
            .Select(e => e[4..]).ToList();
        var wrong = new List<string>();
        foreach (var pattern in pages)
        {
            var path = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:[^}]*)?\}",
                m => callers.World.RouteValues.GetValueOrDefault(m.Groups[1].Value) ?? AuthorizationMatrixTests.Fixed[m.Groups[1].Value]);
            foreach (var (caller, cookie) in callers.Cookies)
            {
                var get = await SendAsync(callers.Client, HttpMethod.Get, path, cookie);
                var head = await SendAsync(callers.Client, HttpMethod.Head, path, cookie);
                if (head.Status != get.Status || head.Body.Length > 0)
                {
                    wrong.Add($"{path} as {caller}: GET {get.Status}, HEAD {head.Status} with {head.Body.Length} bytes");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"HEAD and GET on {pages.Count} pages × {callers.Cookies.Count} callers");
        wrong.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/account/no-such-form")]
    [InlineData("/athletes/00000000-0000-0000-0000-000000000000/nothing")]
    [InlineData("/api/v1/no-such-endpoint")]
    [InlineData("/api/v1/athletes/00000000-0000-0000-0000-000000000000/nothing")]
    public async Task AnUnmappedPost_AnswersNotFound(string path)
    {
        using var response = await CreateClient().PostAsync(path, new FormUrlEncodedContent([KeyValuePair.Create("a", "b")]), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = await response.Content.ReadAsStringAsync(Ct);
        body.ShouldNotContain("Exception");
        response.Content.Headers.ContentType?.MediaType.ShouldBe(path.StartsWith("/api", StringComparison.Ordinal) ? "application/problem+json" : "text/html");
    }

    [Fact]
    public async Task AFormPostNamingNoForm_IsRefusedWithTheFriendlyPage()
    {
        using var client = CreateClient();
        var page = await client.GetStringAsync("/account/login", Ct);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;

        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(
            [KeyValuePair.Create("__RequestVerificationToken", token), KeyValuePair.Create("Input.Email", "x")]), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        body.ShouldNotContain("Exception");
    }

    private static async Task<(HttpStatusCode Status, byte[] Body)> SendAsync(HttpClient client, HttpMethod method, string path, string cookie)
    {
        using var request = new HttpRequestMessage(method, path);
        if (cookie.Length > 0)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await client.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(Ct));
    }
}
