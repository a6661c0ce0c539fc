using HybridTrainer.Data.Diagnostics;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Journal;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShoeKind = HybridTrainer.Domain.Athletes.ShoeKind;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Coach;

public class CoachDeskTests(HostFixture host) : CoachHostTest(host)
{
    [Fact]
    public async Task ListClients_LoggedWeeksCheckInAndShoes_GivesEveryFigure()
    {
        var (coach, coachId) = await CoachAsync();
        var (client, athlete) = await ClientAsync(coachId, "Alex", LocalDays.MondayOf(Today.AddDays(-27)), weeks: 5);
        var sessions = await Data.SessionsOfAsync(athlete.Id);
        // 300 AU in each of the three 7-day windows before the last seven days, 600 AU in the last seven: ACWR 1.6.
        var logged = Enumerable.Range(0, 3).Select(w => sessions.First(s => s.Date >= Today.AddDays(-27 + (7 * w))))
            .Concat(sessions.Where(s => s.Date >= Today.AddDays(-6) && s.Date <= Today).Take(2)).ToList();
        await using (var db = App.CreateDbContext())
        {
            foreach (var session in logged)
            {
                db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = session.Id, AthleteId = athlete.Id, Completed = true, ActualDurationMinutes = 60, Rpe = 5, LoggedAt = TestClock.Start });
            }

            db.Shoes.Add(new Shoe { Id = Guid.NewGuid(), AthleteId = athlete.Id, Name = "Old racers", Kind = ShoeKind.Cushioned, Kilometres = 820, CreatedAt = TestClock.Start });
            db.Shoes.Add(new Shoe { Id = Guid.NewGuid(), AthleteId = athlete.Id, Name = "Daily", Kind = ShoeKind.Cushioned, Kilometres = 550, CreatedAt = TestClock.Start });
            await db.SaveChangesAsync(Ct);
        }

        (await Service<RecoveryCheckIn>().SaveAsync(client, null, new CheckInInput { SleepHours = 5m }, Ct)).Succeeded.ShouldBeTrue();

        var row = (await Service<CoachDesk>().ListClientsAsync(coach, Ct)).ShouldHaveSingleItem();

        var thisWeek = sessions.Where(s => s.Date >= LocalDays.MondayOf(Today) && s.Date < LocalDays.MondayOf(Today).AddDays(7)).ToList();
        row.PlannedThisWeek.ShouldBe(thisWeek.Count);
        row.DoneThisWeek.ShouldBe(logged.Count(s => thisWeek.Contains(s)));
        row.LastCheckIn.ShouldBe(Today);
        row.ReadinessFlag.ShouldBeTrue();
        row.ReadinessReason.ShouldNotBeNull().ShouldContain("5 h");
        row.Acwr!.Value.ShouldBe(600 / ((900 + 600) / 4.0), 0.0001);
        row.AcwrInBand.ShouldBeFalse();
        row.ShoesToRetire.ShouldBe(["Old racers (820 km)"]);
        row.WornShoes.ShouldBe(["Daily (550 km)"]);
        row.Flags.ShouldContain("Readiness");
        row.Flags.ShouldContain("ACWR");
        row.Flags.ShouldContain("Shoes");
    }

    [Fact]
    public async Task ListClients_OneClientsPlanBreaksR5_PutsThemFirstWithTheWarning()
    {
        var (coach, coachId) = await CoachAsync();
        var (_, calm) = await ClientAsync(coachId, "Aaron", NextMonday);
        var (_, broken) = await ClientAsync(coachId, "Zed", NextMonday);
        await BreakR5Async(broken.Id);

        var rows = await Service<CoachDesk>().ListClientsAsync(coach, Ct);

        rows.Select(r => r.Name).ShouldBe(["Zed", "Aaron"]);
        rows[0].PlanWarnings.ShouldContain(w => w.StartsWith("R5", StringComparison.Ordinal));
        rows[1].AthleteId.ShouldBe(calm.Id);
        rows[1].PlanWarnings.ShouldBeEmpty();
        rows[1].Attention.ShouldBe(0);
    }

    [Fact]
    public async Task ListClients_ManyClients_SendsTheSameFewCommandsAsForOne()
    {
        var (coach, coachId) = await CoachAsync();
        await ClientAsync(coachId, "First", NextMonday);
        var counter = App.Services.GetRequiredService<CommandCounter>();
        var desk = Service<CoachDesk>();

        counter.Reset();
        (await desk.ListClientsAsync(coach, Ct)).Count.ShouldBe(1);
        var forOne = counter.Count;
        for (var i = 0; i < 5; i++)
        {
            var (client, _) = await ClientAsync(coachId, $"Client {i}", NextMonday);
            (await Service<RecoveryCheckIn>().SaveAsync(client, null, new CheckInInput(), Ct)).Succeeded.ShouldBeTrue();
        }

        counter.Reset();
        (await desk.ListClientsAsync(coach, Ct)).Count.ShouldBe(6);

        forOne.ShouldBe(3, "people with their current block, sessions with logs, check-ins");
        counter.Count.ShouldBe(forOne);
    }

    [Fact]
    public async Task ListClients_OtherCoachesAndEndedClients_AreNotListed()
    {
        var (coach, coachId) = await CoachAsync();
        var (_, otherCoachId) = await CoachAsync("Coach Tom");
        await ClientAsync(otherCoachId, "Not yours");
        var (_, former) = await ClientAsync(otherCoachId, "Former");
        await Data.LinkCoachAsync(coachId, former.Id, ended: true);

        (await Service<CoachDesk>().ListClientsAsync(coach, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task GetClient_CoachStaffAndStrangers_SeeOnlyWhatTheyMay()
    {
        var (coach, coachId) = await CoachAsync();
        var (other, _) = await CoachAsync("Coach Tom");
        var staff = await Data.UserAsync(AppRoles.GymStaff);
        var gym = await Data.GymAsync("Riverside", (staff.Id, GymRole.Staff));
        var (athleteUser, athlete) = await ClientAsync(coachId, "Alex");
        var (_, zoeId) = await CoachAsync("Coach Zoe");
        var (stranger, _) = await ClientAsync(zoeId, "Sam");
        await using (var db = App.CreateDbContext())
        {
            db.Athletes.Single(a => a.Id == athlete.Id).GymId = gym.Id;
            await db.SaveChangesAsync(Ct);
        }

        var desk = Service<CoachDesk>();
        (await desk.GetClientAsync(coach, athlete.Id, Ct)).ShouldNotBeNull().Name.ShouldBe("Alex");
        (await desk.GetClientAsync(Principal(staff.Id, AppRoles.GymStaff), athlete.Id, Ct)).ShouldNotBeNull().Access.Relation.ShouldBe(HybridTrainer.Web.Features.Athletes.AthleteRelation.GymStaff);
        (await desk.GetClientAsync(other, athlete.Id, Ct)).ShouldBeNull();
        (await desk.GetClientAsync(stranger, athlete.Id, Ct)).ShouldBeNull();
        (await desk.ListClientsAsync(athleteUser, Ct)).ShouldBeEmpty();
    }

    private async Task BreakR5Async(Guid athleteId)
    {
        await using var db = App.CreateDbContext();
        var sessions = await db.PlannedSessions.Where(s => s.AthleteId == athleteId).OrderBy(s => s.Date).ToListAsync(Ct);
        var hard = sessions.Where(s => s.HardOnLegs).ToList();
        var target = hard[0].Date.AddDays(1);
        var moving = hard[^1];
        sessions.Where(s => s.Date == target).ToList().ForEach(s => s.Date = moving.Date);
        moving.Date = target;
        await db.SaveChangesAsync(Ct);
    }
}
