using System.Net;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Infrastructure.Oidc;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Account.ExternalSignIn;

/// <summary>Every sign-in re-applies the roles and gym places the provider's groups give (see the fixture's mappings).</summary>
public class ExternalSignInRoleTests(OidcHostFixture host) : ExternalSignInTest<OidcHostFixture>(host)
{
    [Fact]
    public async Task CoachGroup_GivesTheCoachRoleAndAPlaceInTheMappedGym()
    {
        await GymAsync(OidcHostFixture.NorthGymId, "North Gym");
        Provider.User = Person("coach@gym.test", groups: ["north-coaches", "not-mapped"]);
        using var client = CreateClient();

        ProviderSignIn.LandedOn(await ProviderSignIn.RunAsync(client)).ShouldBe("/");

        var user = await UserAsync("coach@gym.test");
        (await RolesOfAsync(user.Id)).ShouldBe([AppRoles.Coach]);
        (await PlacesOfAsync(user.Id)).ShouldBe([(OidcHostFixture.NorthGymId, GymRole.Coach)]);
        await using var db = App.CreateDbContext();
        (await db.Athletes.CountAsync(Ct)).ShouldBe(0);
        (await client.GetAsync("/coach", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GroupLeftAtTheProvider_TakesTheGymPlaceAwayAtTheNextSignIn_AndChangesTheStamp()
    {
        await GymAsync(OidcHostFixture.NorthGymId, "North Gym");
        await GymAsync(OidcHostFixture.SouthGymId, "South Gym");
        Provider.User = Person("mover@gym.test", groups: ["north-coaches", "south-coaches"]);
        using (var first = CreateClient())
        {
            await ProviderSignIn.RunAsync(first);
        }

        var before = (await UserAsync("mover@gym.test")).SecurityStamp;
        Provider.User = Provider.User with { Groups = ["south-coaches"] };
        using var client = CreateClient();
        await ProviderSignIn.RunAsync(client);

        var user = await UserAsync("mover@gym.test");
        (await PlacesOfAsync(user.Id)).ShouldBe([(OidcHostFixture.SouthGymId, GymRole.Coach)]);
        (await RolesOfAsync(user.Id)).ShouldBe([AppRoles.Coach]);
        user.SecurityStamp.ShouldNotBe(before);
    }

    [Fact]
    public async Task SameGroupsAgain_ChangeNothing_AndKeepTheStamp()
    {
        await GymAsync(OidcHostFixture.NorthGymId, "North Gym");
        Provider.User = Person("steady@gym.test", groups: ["north-coaches"]);
        using (var first = CreateClient())
        {
            await ProviderSignIn.RunAsync(first);
        }

        var before = (await UserAsync("steady@gym.test")).SecurityStamp;
        using var client = CreateClient();
        await ProviderSignIn.RunAsync(client);

        (await UserAsync("steady@gym.test")).SecurityStamp.ShouldBe(before);
    }

    [Fact]
    public async Task StaffGroupLeft_RemovesTheStaffRoleWithTheLastStaffPlace()
    {
        await GymAsync(OidcHostFixture.NorthGymId, "North Gym");
        Provider.User = Person("desk@gym.test", groups: ["north-staff"]);
        using (var first = CreateClient())
        {
            await ProviderSignIn.RunAsync(first);
        }

        var user = await UserAsync("desk@gym.test");
        (await RolesOfAsync(user.Id)).ShouldBe([AppRoles.GymStaff]);

        Provider.User = Provider.User with { Groups = [] };
        using var client = CreateClient();
        await ProviderSignIn.RunAsync(client);

        (await RolesOfAsync(user.Id)).ShouldBeEmpty();
        (await PlacesOfAsync(user.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task PlacesGivenInsideTheApp_AreKept_WhenTheMappingsDoNotNameThem()
    {
        var user = await new TestData(App).UserAsync(AppRoles.GymStaff, "invited@gym.test");
        var otherGym = await new TestData(App).GymAsync("Invited Gym", (user.Id, GymRole.Staff));
        Provider.User = Person("invited@gym.test");
        using var client = CreateClient();

        await ProviderSignIn.RunAsync(client);

        (await RolesOfAsync(user.Id)).ShouldBe([AppRoles.GymStaff]);
        (await PlacesOfAsync(user.Id)).ShouldBe([(otherGym.Id, GymRole.Staff)]);
    }

    [Fact]
    public async Task MappedGymThatDoesNotExist_IsSkipped_AndTheSignInStillWorks()
    {
        Provider.User = Person("nogym@gym.test", groups: ["north-coaches"]);
        using var client = CreateClient();

        ProviderSignIn.LandedOn(await ProviderSignIn.RunAsync(client)).ShouldBe("/");

        var user = await UserAsync("nogym@gym.test");
        (await RolesOfAsync(user.Id)).ShouldBe([AppRoles.Coach]);
        (await PlacesOfAsync(user.Id)).ShouldBeEmpty();
    }

    private async Task<AppUser> UserAsync(string email)
    {
        await using var db = App.CreateDbContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Email == email, Ct);
    }

    private async Task<List<(Guid, GymRole)>> PlacesOfAsync(Guid userId)
    {
        await using var db = App.CreateDbContext();
        return [.. (await db.GymMemberships.Where(m => m.UserId == userId).ToListAsync(Ct)).Select(m => (m.GymId, m.Role))];
    }

    private async Task<IList<string>> RolesOfAsync(Guid userId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(userId.ToString()))!);
    }
}
