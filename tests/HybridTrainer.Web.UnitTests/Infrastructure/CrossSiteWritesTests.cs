using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http;

namespace HybridTrainer.Web.UnitTests.Infrastructure;

public class CrossSiteWritesTests
{
    [Theory]
    [InlineData("POST", "cross-site", null, true)]
    [InlineData("PUT", "same-site", null, true)]
    [InlineData("POST", "same-origin", null, false)]
    [InlineData("POST", "none", null, false)]
    [InlineData("GET", "cross-site", null, false)]
    [InlineData("POST", null, "https://evil.example", true)]
    [InlineData("POST", null, "https://app.example", false)]
    [InlineData("POST", null, null, false)]
    public void IsCrossSiteCookieWrite_ReadsWhereTheBrowserSaysTheRequestCameFrom(string method, string? site, string? origin, bool refused)
    {
        var request = Request(method, site, origin);

        CrossSiteWrites.IsCrossSiteCookieWrite(request).ShouldBe(refused);
    }

    [Fact]
    public void IsCrossSiteCookieWrite_ABearerToken_IsNeverACookieWrite()
    {
        var request = Request("POST", "cross-site", "https://evil.example");
        request.Headers.Authorization = "Bearer ht_pat_x";

        CrossSiteWrites.IsCrossSiteCookieWrite(request).ShouldBeFalse();
    }

    private static HttpRequest Request(string method, string? site, string? origin)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("app.example");
        if (site is not null)
        {
            context.Request.Headers["Sec-Fetch-Site"] = site;
        }

        if (origin is not null)
        {
            context.Request.Headers.Origin = origin;
        }

        return context.Request;
    }
}
