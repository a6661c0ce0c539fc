using System.Net;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Gym;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Account.TwoFactor;

/// <summary>A gym that requires a second factor of its staff, and a gym admin resetting a member's lost one.</summary>
public class GymSecondFactorTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task RequiredByTheGym_ACoachWithoutASecondFactor_IsSentToTheSetUpPage()
    {
        var (coach, _) = await CoachOfRequiringGymAsync();
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, coach.Email!);

        var page = await client.GetAsync("/coach", TestContext.Current.CancellationToken);

        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldBe("/account/two-factor?required=true");
        (await client.GetStringAsync("/account/two-factor?required=true", TestContext.Current.CancellationToken)).ShouldContain("Your gym asks its coaches, staff and admins");
        (await client.GetAsync("/api/v1/athletes/", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RequiredByTheGym_AnAthleteMember_IsNotForced()
    {
        var (_, gym) = await CoachOfRequiringGymAsync();
        var athlete = await new TestData(App).UserAsync(AppRoles.Athlete);
        await using (var db = App.CreateDbContext())
        {
            db.GymMemberships.Add(new GymMembership { Id = Guid.NewGuid(), GymId = gym.Id, UserId = athlete.Id, Role = GymRole.Member, JoinedAt = gym.CreatedAt });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using var client = CreateClient();
        await AccountClient.LogInAsync(client, athlete.Email!);

        (await client.GetAsync("/account/password", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RequiredByTheGym_TurningCodesOn_LetsTheCoachIn()
    {
        var (coach, _) = await CoachOfRequiringGymAsync();
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, coach.Email!);
        var key = await TwoFactorForms.SharedKeyAsync(client);

        await AccountClient.PostFormAsync(client, "/account/two-factor", "turn-on-authenticator",
            new Dictionary<string, string> { ["TurnOn.Code"] = Totp.Code(key) });

        (await client.GetAsync("/coach", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RequiredByTheGym_AnAccessTokenOfTheCoach_StillWorks()
    {
        var (coach, _) = await CoachOfRequiringGymAsync();
        using var api = await new Api.ApiScenario(App).ClientAsync(coach.Id);

        (await api.GetAsync("/api/v1/athletes/", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SetRequirement_ByAnotherGymsAdmin_IsRefusedAndChangesNothing()
    {
        var (_, gym) = await CoachOfRequiringGymAsync();
        var otherAdmin = await new TestData(App).UserAsync(AppRoles.GymAdmin);
        await new TestData(App).GymAsync("Other Gym", (otherAdmin.Id, GymRole.Admin));

        var set = await ServiceAsync(s => s.SetRequirementAsync(TestData.Principal(otherAdmin.Id), gym.Id, required: false));

        set.Failure!.Kind.ShouldBe(FailureKind.NotFound);
        await using var db = App.CreateDbContext();
        (await db.Gyms.SingleAsync(g => g.Id == gym.Id, TestContext.Current.CancellationToken)).RequireSecondFactorForStaff.ShouldBeTrue();
    }

    [Fact]
    public async Task ResetMember_ByTheirGymsAdmin_TurnsCodesOffSoThePasswordIsEnoughAgain()
    {
        var (admin, gym, member) = await GymWithMemberAsync();
        await Totp.TurnOnAsync(App, member.Id);

        var reset = await ServiceAsync(s => s.ResetMemberAsync(TestData.Principal(admin.Id), gym.Id, member.Id));

        reset.Failure.ShouldBeNull();
        using var client = CreateClient();
        TwoFactorForms.IsSignedIn(await AccountClient.LogInAsync(client, member.Email!)).ShouldBeTrue();
    }

    [Fact]
    public async Task ResetMember_ByAnotherGymsAdmin_IsRefusedAndCodesStayOn()
    {
        var (_, gym, member) = await GymWithMemberAsync();
        await Totp.TurnOnAsync(App, member.Id);
        var otherAdmin = await new TestData(App).UserAsync(AppRoles.GymAdmin);
        var otherGym = await new TestData(App).GymAsync("Other Gym", (otherAdmin.Id, GymRole.Admin));

        (await ServiceAsync(s => s.ResetMemberAsync(TestData.Principal(otherAdmin.Id), otherGym.Id, member.Id))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await ServiceAsync(s => s.ResetMemberAsync(TestData.Principal(otherAdmin.Id), gym.Id, member.Id))).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        await using var db = App.CreateDbContext();
        (await db.Users.SingleAsync(u => u.Id == member.Id, TestContext.Current.CancellationToken)).TwoFactorEnabled.ShouldBeTrue();
    }

    [Fact]
    public async Task ResetMember_WhoIsAlsoACoach_IsRefused()
    {
        var (admin, gym, member) = await GymWithMemberAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.AddToRoleAsync((await users.FindByIdAsync(member.Id.ToString()))!, AppRoles.Coach);
        }

        (await ServiceAsync(s => s.ResetMemberAsync(TestData.Principal(admin.Id), gym.Id, member.Id))).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
    }

    private async Task<(AppUser Coach, Gym Gym)> CoachOfRequiringGymAsync()
    {
        var coach = await new TestData(App).UserAsync(AppRoles.Coach);
        var gym = await new TestData(App).GymAsync("Strict Gym", (coach.Id, GymRole.Coach));
        await using var db = App.CreateDbContext();
        await db.Gyms.Where(g => g.Id == gym.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.RequireSecondFactorForStaff, true), TestContext.Current.CancellationToken);
        return (coach, gym);
    }

    private async Task<(AppUser Admin, Gym Gym, AppUser Member)> GymWithMemberAsync()
    {
        var admin = await new TestData(App).UserAsync(AppRoles.GymAdmin);
        var member = await new TestData(App).UserAsync(AppRoles.Athlete);
        var gym = await new TestData(App).GymAsync("Home Gym", (admin.Id, GymRole.Admin), (member.Id, GymRole.Member));
        return (admin, gym, member);
    }

    private async Task<Outcome<string>> ServiceAsync(Func<GymSecondFactor, Task<Outcome<string>>> act)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<GymSecondFactor>());
    }
}
