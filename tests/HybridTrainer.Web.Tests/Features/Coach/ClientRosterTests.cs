using HybridTrainer.Web.Common;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Dashboard;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Features.Profile;
using HybridTrainer.Web.Tests.Features.Profile;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Coach;

public class ClientRosterTests(HostFixture host) : CoachHostTest(host)
{
    [Fact]
    public async Task CreateManaged_CoachInAGym_MakesAProfileWithoutLoginInThatGymThatTheCoachFillsIn()
    {
        var (coach, coachId) = await CoachAsync();
        var gym = await Data.GymAsync("Riverside", (coachId, GymRole.Coach));

        var created = await Service<ClientRoster>().CreateManagedAsync(coach, new NewClientInput { Name = " Jordan " }, Ct);

        var id = created.Value;
        await using (var db = App.CreateDbContext())
        {
            var athlete = await db.Athletes.SingleAsync(a => a.Id == id, Ct);
            (athlete.DisplayName, athlete.UserId, athlete.GymId).ShouldBe(("Jordan", (Guid?)null, (Guid?)gym.Id));
            (await db.CoachClients.CountAsync(c => c.AthleteId == id && c.CoachUserId == coachId && c.EndedAt == null, Ct)).ShouldBe(1);
        }

        var profiles = Service<ProfileService>();
        var draft = ProfileHostTest.Draft((await profiles.LoadAsync(coach, id, Ct)).ShouldNotBeNull(), UnitSystem.Metric);
        (await profiles.SaveAsync(coach, id, draft, Ct)).Succeeded.ShouldBeTrue();
        var row = (await Service<CoachDesk>().ListClientsAsync(coach, Ct)).ShouldHaveSingleItem();
        (row.Name, row.HasLogin, row.ProfileComplete).ShouldBe(("Jordan", false, true));
        (await Service<PlanService>().SaveAsync(coach, id, new GenerateBlockInput { StartDate = NextMonday.ToDateTime(TimeOnly.MinValue) }, Ct)).Failure.ShouldBeNull();
    }

    [Fact]
    public async Task CreateManaged_SelfCoachedCoachAndNonCoach_NoGymOrRefused()
    {
        var (coach, _) = await CoachAsync();
        var athlete = await Data.UserAsync(AppRoles.Athlete);

        var created = await Service<ClientRoster>().CreateManagedAsync(coach, new NewClientInput { Name = "Ben" }, Ct);
        var refused = await Service<ClientRoster>().CreateManagedAsync(Principal(athlete.Id, AppRoles.Athlete), new NewClientInput { Name = "Ben" }, Ct);
        var blank = await Service<ClientRoster>().CreateManagedAsync(coach, new NewClientInput { Name = "  " }, Ct);

        await using var db = App.CreateDbContext();
        (await db.Athletes.SingleAsync(a => a.Id == created.Value, Ct)).GymId.ShouldBeNull();
        refused.Failure!.Kind.ShouldBe(FailureKind.Forbidden);
        blank.Failure!.Messages.ShouldBe(["Give the client's name."]);
    }

    [Fact]
    public async Task ManagedProfile_AnotherCoach_CannotLoadOrSaveIt()
    {
        var (coach, _) = await CoachAsync();
        var (other, _) = await CoachAsync("Coach Tom");
        var id = (await Service<ClientRoster>().CreateManagedAsync(coach, new NewClientInput { Name = "Jordan" }, Ct)).Value;
        var draft = ProfileHostTest.Draft((await Service<ProfileService>().LoadAsync(coach, id, Ct))!, UnitSystem.Metric);

        (await Service<ProfileService>().LoadAsync(other, id, Ct)).ShouldBeNull();
        (await Service<ProfileService>().SaveAsync(other, id, draft, Ct)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
    }

    [Fact]
    public async Task Leave_AthleteEndsTheLink_CoachSeesNothingMoreAndTheHistoryStays()
    {
        var (coach, coachId) = await CoachAsync();
        var (athlete, row) = await ClientAsync(coachId, "Alex", NextMonday);
        var roster = Service<ClientRoster>();
        var link = (await roster.ListMyCoachesAsync(athlete, Ct)).ShouldHaveSingleItem();
        link.CoachName.ShouldBe("Coach Maria");

        (await roster.LeaveAsync(athlete, link.LinkId, Ct)).ShouldBeTrue();

        (await roster.ListMyCoachesAsync(athlete, Ct)).ShouldBeEmpty();
        (await Service<CoachDesk>().ListClientsAsync(coach, Ct)).ShouldBeEmpty();
        (await Service<CoachDesk>().GetClientAsync(coach, row.Id, Ct)).ShouldBeNull();
        (await Service<PlanService>().GetWeekAsync(coach, row.Id, NextMonday, Ct)).ShouldBeNull();
        (await Service<DashboardService>().GetAsync(coach, row.Id, Ct)).ShouldBeNull();
        await using var db = App.CreateDbContext();
        (await db.CoachClients.SingleAsync(c => c.Id == link.LinkId, Ct)).EndedAt.ShouldNotBeNull();
        (await roster.LeaveAsync(athlete, link.LinkId, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task Leave_SomeoneElsesLink_IsRefused()
    {
        var (_, coachId) = await CoachAsync();
        var (athlete, _) = await ClientAsync(coachId, "Alex");
        var (stranger, _) = await ClientAsync((await CoachAsync("Coach Tom")).Id, "Sam");
        var link = (await Service<ClientRoster>().ListMyCoachesAsync(athlete, Ct)).ShouldHaveSingleItem();

        (await Service<ClientRoster>().LeaveAsync(stranger, link.LinkId, Ct)).ShouldBeFalse();
        (await Service<ClientRoster>().ListMyCoachesAsync(athlete, Ct)).ShouldHaveSingleItem();
    }
}
