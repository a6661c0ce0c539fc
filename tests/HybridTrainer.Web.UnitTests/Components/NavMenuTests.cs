using Bunit;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Components.Layout;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.UnitTests.Components;

public class NavMenuTests : MudTestContext
{
    [Fact]
    public void NavMenu_Anonymous_OffersLogInAndRegisterButNotThePasswordPage()
    {
        AddAuthorization();

        var menu = Render<NavMenu>();

        var links = menu.FindAll("a").Select(a => a.TextContent.Trim()).ToList();
        links.ShouldContain("Log in");
        links.ShouldContain("Create an account");
        links.ShouldNotContain("Change password");
    }

    [Fact]
    public void NavMenu_SignedIn_OffersThePasswordPageInsteadOfLogIn()
    {
        AddAuthorization().SetAuthorized("robin@example.test");

        var menu = Render<NavMenu>();

        var links = menu.FindAll("a").Select(a => a.TextContent.Trim()).ToList();
        links.ShouldContain("Change password");
        links.ShouldNotContain("Log in");
    }

    [Theory]
    [InlineData(AppRoles.GymStaff)]
    [InlineData(AppRoles.Coach)]
    [InlineData(AppRoles.Athlete)]
    public void NavMenu_SignedInRoles_OfferPrintSheets(string role)
    {
        AddAuthorization().SetAuthorized("robin@example.test").SetRoles(role);

        var menu = Render<NavMenu>();

        menu.FindAll("a").Select(a => a.TextContent.Trim()).ShouldContain("Print sheets");
    }

    [Fact]
    public void NavMenu_Anonymous_DoesNotOfferPrintSheets()
    {
        AddAuthorization();

        var menu = Render<NavMenu>();

        menu.FindAll("a").Select(a => a.TextContent.Trim()).ShouldNotContain("Print sheets");
    }
}
