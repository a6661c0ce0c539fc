using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Coach;

public class AthleteGymTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LeaveGym_TheGymsStaffStopSeeingThePlanAndTheMemberListingGoes()
    {
        var data = new TestData(App);
        var staff = await data.UserAsync(AppRoles.GymStaff);
        var athleteUser = await data.UserAsync(AppRoles.Athlete);
        var gym = await data.GymAsync($"Gym {Guid.NewGuid():N}", (staff.Id, GymRole.Staff), (athleteUser.Id, GymRole.Member));
        var athlete = await data.AthleteAsync("Member", athleteUser.Id, gym.Id);
        var gyms = App.Services.CreateScope().ServiceProvider.GetRequiredService<AthleteGym>();
        (await gyms.MyGymAsync(TestData.Principal(athleteUser.Id), Ct)).ShouldBe(gym.Name);

        (await gyms.LeaveGymAsync(TestData.Principal(athleteUser.Id), Ct)).ShouldBeTrue();

        (await gyms.MyGymAsync(TestData.Principal(athleteUser.Id), Ct)).ShouldBeNull();
        await using var db = App.CreateDbContext();
        (await AthleteGate.ResolveAsync(db, TestData.Principal(staff.Id), athlete.Id, Ct)).ShouldBeNull();
        (await db.GymMemberships.AnyAsync(m => m.UserId == athleteUser.Id, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task LeaveGym_WithoutAGym_ChangesNothing()
    {
        var data = new TestData(App);
        var athleteUser = await data.UserAsync(AppRoles.Athlete);
        await data.AthleteAsync("Solo", athleteUser.Id);
        var gyms = App.Services.CreateScope().ServiceProvider.GetRequiredService<AthleteGym>();

        (await gyms.LeaveGymAsync(TestData.Principal(athleteUser.Id), Ct)).ShouldBeFalse();
    }
}
