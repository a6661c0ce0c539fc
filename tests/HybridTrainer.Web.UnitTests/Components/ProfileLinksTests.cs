using Bunit;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Components.Layout;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Home;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.UnitTests.Components;

public class ProfileLinksTests : MudTestContext
{
    [Fact]
    public void NavMenu_Athlete_OffersTheProfilePage()
    {
        AddAuthorization().SetAuthorized("robin@example.test").SetRoles(AppRoles.Athlete);

        var menu = Render<NavMenu>();

        menu.FindAll("a").Single(a => a.TextContent.Trim() == "Profile").GetAttribute("href").ShouldBe("profile");
    }

    [Theory]
    [InlineData(AppRoles.Coach)]
    [InlineData(AppRoles.GymStaff)]
    public void NavMenu_NotAnAthlete_HasNoProfileEntry(string role)
    {
        AddAuthorization().SetAuthorized("casey@example.test").SetRoles(role);

        var menu = Render<NavMenu>();

        menu.FindAll("a").Select(a => a.TextContent.Trim()).ShouldNotContain("Profile");
    }

    [Theory]
    [InlineData(false, "Set up your profile")]
    [InlineData(true, "Edit profile")]
    public void AthleteHome_LinksToTheProfilePageWordedByCompleteness(bool complete, string link)
    {
        var self = new AthleteSummary(Guid.NewGuid(), "Robin", null, HasLogin: true, ProfileComplete: complete);

        var home = Render<AthleteHome>(ps => ps.Add(h => h.View, new HomeView([], [], [self])));

        var anchor = home.FindAll("a").ShouldHaveSingleItem();
        (anchor.TextContent.Trim(), anchor.GetAttribute("href")).ShouldBe((link, "profile"));
    }
}
