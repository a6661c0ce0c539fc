using System.Net;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>
/// The redirect to the log-in page is built from the path alone: a forged Host header (cache poisoning, a proxy that
/// passes it through) never reaches a Location header.
/// </summary>
public class LoginRedirectHostTests(HostFixture host) : HostTest(host)
{
    [Theory]
    [InlineData("/account/password")]
    [InlineData("/coach?x=1")]
    public async Task SignedOutPage_WithAForgedHost_RedirectsToARelativeLoginAddress(string path)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.ShouldStartWith("/account/login?ReturnUrl=");
        location.ShouldNotContain("evil.example");
        location.ShouldContain(Uri.EscapeDataString(path));
    }
}
