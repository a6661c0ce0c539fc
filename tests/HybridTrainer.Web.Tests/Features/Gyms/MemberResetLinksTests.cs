using System.Net;
using System.Text.RegularExpressions;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Gym;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Gyms;

/// <summary>A gym admin's reset link for a member without e-mail: own gym's athletes only, and it works once.</summary>
public partial class MemberResetLinksTests(HostFixture host) : HostTest(host)
{
    private const string NewPassword = "a fresh passphrase for spring";

    [Fact]
    public async Task Admin_ResetLinkForOwnMember_SetsTheirNewPassword()
    {
        var (admin, gym, member) = await GymWithMemberAsync();

        var link = await CreateAsync(admin.Id, gym.Id, member.Id);

        link.Failure.ShouldBeNull();
        link.Value!.ShouldStartWith(App.BaseAddress.ToString().TrimEnd('/') + "/account/reset-password?code=");
        using var client = CreateClient();
        (await ResetAsync(client, link.Value)).ShouldContain("Your password has been changed.");
        (await AccountClient.LogInAsync(client, member.Email!, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task AnotherGymsAdmin_IsRefused()
    {
        var (_, _, member) = await GymWithMemberAsync();
        var otherAdmin = await new TestData(App).UserAsync(AppRoles.GymAdmin);
        var otherGym = await new TestData(App).GymAsync("Other Gym", (otherAdmin.Id, GymRole.Admin));

        (await CreateAsync(otherAdmin.Id, otherGym.Id, member.Id)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
    }

    [Fact]
    public async Task AdminOfAnotherGym_NamingTheMembersGym_IsRefused()
    {
        var (_, gym, member) = await GymWithMemberAsync();
        var otherAdmin = await new TestData(App).UserAsync(AppRoles.GymAdmin);
        await new TestData(App).GymAsync("Other Gym", (otherAdmin.Id, GymRole.Admin));

        (await CreateAsync(otherAdmin.Id, gym.Id, member.Id)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
    }

    [Theory]
    [InlineData(GymRole.Coach)]
    [InlineData(GymRole.Staff)]
    public async Task CoachOrStaffOfTheGym_IsRefused(GymRole role)
    {
        var (_, gym, member) = await GymWithMemberAsync();
        var notAdmin = await new TestData(App).UserAsync(role == GymRole.Coach ? AppRoles.Coach : AppRoles.GymStaff);
        await using (var db = App.CreateDbContext())
        {
            db.GymMemberships.Add(new GymMembership { Id = Guid.NewGuid(), GymId = gym.Id, UserId = notAdmin.Id, Role = role, JoinedAt = gym.CreatedAt });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        (await CreateAsync(notAdmin.Id, gym.Id, member.Id)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
    }

    [Fact]
    public async Task Admin_ResetLinkForAMemberWhoIsAlsoACoach_IsRefused()
    {
        var (admin, gym, member) = await GymWithMemberAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            await users.AddToRoleAsync((await users.FindByIdAsync(member.Id.ToString()))!, AppRoles.Coach);
        }

        (await CreateAsync(admin.Id, gym.Id, member.Id)).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
    }

    [Fact]
    public async Task Admin_ResetLinkForTheGymsCoach_IsRefused()
    {
        var (admin, gym, _) = await GymWithMemberAsync();
        var coach = await new TestData(App).UserAsync(AppRoles.Coach);
        await using (var db = App.CreateDbContext())
        {
            db.GymMemberships.Add(new GymMembership { Id = Guid.NewGuid(), GymId = gym.Id, UserId = coach.Id, Role = GymRole.Coach, JoinedAt = gym.CreatedAt });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        (await CreateAsync(admin.Id, gym.Id, coach.Id)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
    }

    private async Task<(AppUser Admin, Gym Gym, AppUser Member)> GymWithMemberAsync()
    {
        var data = new TestData(App);
        var admin = await data.UserAsync(AppRoles.GymAdmin);
        var member = await data.UserAsync(AppRoles.Athlete);
        var gym = await data.GymAsync("Iron Harbour", (admin.Id, GymRole.Admin), (member.Id, GymRole.Member));
        return (admin, gym, member);
    }

    private async Task<Outcome<string>> CreateAsync(Guid adminId, Guid gymId, Guid userId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MemberResetLinks>()
            .CreateAsync(TestData.Principal(adminId), gymId, userId, App.BaseAddress.ToString());
    }

    private static async Task<string> ResetAsync(HttpClient client, string link)
    {
        var page = await client.GetStringAsync(link);
        string Hidden(string name) => WebUtility.HtmlDecode(new Regex($"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Match(page).Groups[1].Value);
        var response = await AccountClient.PostFormAsync(client, link, "reset-password", new Dictionary<string, string>
        {
            ["Input.Code"] = Hidden("Input.Code"),
            ["Input.Email"] = Hidden("Input.Email"),
            ["Input.NewPassword"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        return await response.Content.ReadAsStringAsync();
    }
}
