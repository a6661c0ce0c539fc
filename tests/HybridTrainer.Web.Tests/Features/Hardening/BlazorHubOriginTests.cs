using System.Net;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>A circuit opened by another site's page is refused at the handshake; the app's own pages and non-browsers are not.</summary>
public class BlazorHubOriginTests(HostFixture host) : HostTest(host)
{
    [Theory]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("null", HttpStatusCode.Forbidden)]
    [InlineData("SAME", HttpStatusCode.OK)]
    [InlineData("", HttpStatusCode.OK)]
    public async Task Negotiate_ByOrigin_IsRefusedOnlyFromAnotherSite(string origin, HttpStatusCode expected)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        if (origin.Length > 0)
        {
            request.Headers.Add("Origin", origin == "SAME" ? App.BaseAddress.GetLeftPart(UriPartial.Authority) : origin);
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(expected);
    }
}
