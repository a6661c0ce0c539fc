using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Gym;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Gyms;

public class GymMembersTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Remove_AStaffMember_EndsTheirSightOfMembersAndTheirStaffRole()
    {
        var data = new TestData(App);
        var admin = await data.UserAsync(AppRoles.GymAdmin);
        var staff = await data.UserAsync(AppRoles.GymStaff);
        var gym = await data.GymAsync($"Gym {Guid.NewGuid():N}", (admin.Id, GymRole.Admin), (staff.Id, GymRole.Staff));
        var member = await data.AthleteAsync("Member", (await data.UserAsync(AppRoles.Athlete)).Id, gym.Id);

        (await SeesAsync(staff.Id, member.Id)).ShouldBeTrue();

        var removed = await Members.RemoveAsync(TestData.Principal(admin.Id), gym.Id, staff.Id, GymRole.Staff, Ct);

        removed.Succeeded.ShouldBeTrue();
        (await SeesAsync(staff.Id, member.Id)).ShouldBeFalse();
        await using var check = App.CreateDbContext();
        var account = await check.Users.SingleAsync(u => u.Id == staff.Id, Ct);
        account.SecurityStamp.ShouldNotBe(staff.SecurityStamp, "their signed-in browsers re-read their roles within a minute");
        var staffRole = AppRoles.All.Single(r => r.Name == AppRoles.GymStaff).Id;
        (await check.UserRoles.AnyAsync(r => r.UserId == staff.Id && r.RoleId == staffRole, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task Remove_ByAnAdminOfAnotherGym_IsNotFoundAndChangesNothing()
    {
        var data = new TestData(App);
        var admin = await data.UserAsync(AppRoles.GymAdmin);
        var otherAdmin = await data.UserAsync(AppRoles.GymAdmin);
        var coach = await data.UserAsync(AppRoles.Coach);
        var gym = await data.GymAsync($"Gym {Guid.NewGuid():N}", (admin.Id, GymRole.Admin), (coach.Id, GymRole.Coach));
        await data.GymAsync($"Gym {Guid.NewGuid():N}", (otherAdmin.Id, GymRole.Admin));

        var removed = await Members.RemoveAsync(TestData.Principal(otherAdmin.Id), gym.Id, coach.Id, GymRole.Coach, Ct);

        removed.Failure!.Kind.ShouldBe(FailureKind.NotFound);
        await using var check = App.CreateDbContext();
        (await check.GymMemberships.AnyAsync(m => m.GymId == gym.Id && m.UserId == coach.Id && m.Role == GymRole.Coach, Ct)).ShouldBeTrue();
    }

    private GymMembers Members => App.Services.CreateScope().ServiceProvider.GetRequiredService<GymMembers>();

    private async Task<bool> SeesAsync(Guid userId, Guid athleteId)
    {
        await using var db = App.CreateDbContext();
        return await AthleteGate.ResolveAsync(db, TestData.Principal(userId), athleteId, Ct) is not null;
    }
}
