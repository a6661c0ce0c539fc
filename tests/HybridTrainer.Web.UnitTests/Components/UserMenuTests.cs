using System.Security.Claims;
using Bunit;
using HybridTrainer.Web.Components.Layout;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.UnitTests.Components;

public class UserMenuTests : MudTestContext
{
    [Fact]
    public void UserMenu_SignedIn_ShowsTheDisplayNameRatherThanTheEmail()
    {
        AddAuthorization().SetAuthorized("robin@example.test").SetClaims(new Claim(UserNames.DisplayNameClaim, "Robin Runner"));

        var menu = Render<UserMenu>();

        menu.Find("[data-testid=signed-in-as]").TextContent.ShouldBe("Robin Runner");
    }

    [Fact]
    public void UserMenu_CookieWithoutAName_FallsBackToTheEmail()
    {
        AddAuthorization().SetAuthorized("robin@example.test");

        var menu = Render<UserMenu>();

        menu.Find("[data-testid=signed-in-as]").TextContent.ShouldBe("robin@example.test");
    }
}
