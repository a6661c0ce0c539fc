using HybridTrainer.Web.Features.Account.TwoFactor;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace HybridTrainer.Web.UnitTests.Features.Account;

/// <summary>A passkey counts only when the browser signed it for this site's own origin, whatever Origin header came along.</summary>
public class PasskeyOriginsTests
{
    private static PasskeyOriginValidationContext Context(string origin, bool crossOrigin = false, string scheme = "https", string host = "trainer.example.com")
    {
        var http = new DefaultHttpContext();
        http.Request.Scheme = scheme;
        http.Request.Host = new HostString(host);
        // What a form post sends under Referrer-Policy: no-referrer.
        http.Request.Headers.Origin = "null";
        return new PasskeyOriginValidationContext { HttpContext = http, Origin = origin, CrossOrigin = crossOrigin };
    }

    [Theory]
    [InlineData("https://trainer.example.com", "https", "trainer.example.com")]
    [InlineData("https://Trainer.Example.com:443", "https", "trainer.example.com")]
    [InlineData("http://localhost:5080", "http", "localhost:5080")]
    public void IsOwn_TheSitesOwnOrigin_WithANullOriginHeader_IsAccepted(string origin, string scheme, string host) =>
        PasskeyOrigins.IsOwn(Context(origin, scheme: scheme, host: host)).ShouldBeTrue();

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("http://trainer.example.com")]
    [InlineData("https://trainer.example.com:8443")]
    [InlineData("https://trainer.example.com.evil.test")]
    [InlineData("null")]
    [InlineData("")]
    public void IsOwn_AnotherOrigin_IsRefused(string origin) =>
        PasskeyOrigins.IsOwn(Context(origin)).ShouldBeFalse();

    [Fact]
    public void IsOwn_FromAFrameOfAnotherSite_IsRefused() =>
        PasskeyOrigins.IsOwn(Context("https://trainer.example.com", crossOrigin: true)).ShouldBeFalse();
}
