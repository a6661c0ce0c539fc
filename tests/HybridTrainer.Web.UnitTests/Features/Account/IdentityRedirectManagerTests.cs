using HybridTrainer.Web.Features.Account;

namespace HybridTrainer.Web.UnitTests.Features.Account;

public class IdentityRedirectManagerTests
{
    private const string Base = "https://app.example/";

    [Theory]
    [InlineData("/plan", "/plan")]
    [InlineData("plan?start=2026-12-07", "plan?start=2026-12-07")]
    [InlineData("https://app.example/week", "week")]
    [InlineData("HTTPS://APP.EXAMPLE/week", "week")]
    public void LocalOrHome_AnAddressInsideTheApp_IsKept(string asked, string expected) =>
        IdentityRedirectManager.LocalOrHome(asked, Base).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("https://app.example.evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/plan\r\nSet-Cookie: x=1")]
    public void LocalOrHome_AnAddressElsewhereOrMalformed_GoesHome(string? asked) =>
        IdentityRedirectManager.LocalOrHome(asked, Base).ShouldBe("");
}
