using HybridTrainer.Web.Common;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Tests.Features.Coach;

public class CoachNotesTests(HostFixture host) : CoachHostTest(host)
{
    [Fact]
    public async Task Save_CoachWritesANote_AthleteReadsItAndGymStaffNever()
    {
        var (coach, coachId) = await CoachAsync();
        var (athlete, row) = await ClientAsync(coachId, "Alex", NextMonday);
        var staff = Principal((await StaffOfGymOfAsync(row.Id)).Id, AppRoles.GymStaff);
        var session = (await Data.SessionsOfAsync(row.Id))[0];

        var result = await Service<CoachNotes>().SaveAsync(coach, session.Id, new CoachNoteInput { Note = "  Keep the first set easy.  " }, Ct);

        result.Succeeded.ShouldBeTrue();
        var forAthlete = await Service<SessionJournal>().GetAsync(athlete, session.Id, Ct);
        forAthlete!.Session.CoachNote.ShouldBe("Keep the first set easy.");
        forAthlete.ChangedBy.ShouldBe("Coach Maria");
        (await Service<PlanService>().GetWeekAsync(athlete, null, NextMonday, Ct))!.Sessions.Single(s => s.Session.Id == session.Id).Session.CoachNote.ShouldNotBeNull();
        var forStaff = await Service<SessionJournal>().GetAsync(staff, session.Id, Ct);
        forStaff.ShouldNotBeNull().Session.CoachNote.ShouldBeNull();
        (await Service<PlanService>().GetWeekAsync(staff, row.Id, NextMonday, Ct))!.Sessions.ShouldAllBe(s => s.Session.CoachNote == null);
    }

    [Fact]
    public async Task Save_AnotherCoachTheAthleteOrStaff_CannotWrite()
    {
        var (_, coachId) = await CoachAsync();
        var (otherCoach, _) = await CoachAsync("Coach Tom");
        var (athlete, row) = await ClientAsync(coachId, "Alex", NextMonday);
        var staff = Principal((await StaffOfGymOfAsync(row.Id)).Id, AppRoles.GymStaff);
        var session = (await Data.SessionsOfAsync(row.Id))[0];

        foreach (var (caller, refusal) in new[] { (otherCoach, FailureKind.NotFound), (athlete, FailureKind.Forbidden), (staff, FailureKind.Forbidden) })
        {
            var result = await Service<CoachNotes>().SaveAsync(caller, session.Id, new CoachNoteInput { Note = "Mine now" }, Ct);
            result.Failure!.Kind.ShouldBe(refusal);
        }

        (await Data.SessionsOfAsync(row.Id))[0].CoachNote.ShouldBeNull();
    }

    [Fact]
    public async Task Save_TooLongANote_IsRefused()
    {
        var (coach, coachId) = await CoachAsync();
        var (_, row) = await ClientAsync(coachId, "Alex", NextMonday);
        var session = (await Data.SessionsOfAsync(row.Id))[0];

        var result = await Service<CoachNotes>().SaveAsync(coach, session.Id, new CoachNoteInput { Note = new string('x', 2001) }, Ct);

        result.Failure!.Messages.ShouldBe(["Keep the note under 2000 characters."]);
    }

    private async Task<AppUser> StaffOfGymOfAsync(Guid athleteId)
    {
        var staff = await Data.UserAsync(AppRoles.GymStaff);
        var gym = await Data.GymAsync("Riverside", (staff.Id, GymRole.Staff));
        await using var db = App.CreateDbContext();
        db.Athletes.Single(a => a.Id == athleteId).GymId = gym.Id;
        await db.SaveChangesAsync(Ct);
        return staff;
    }
}
