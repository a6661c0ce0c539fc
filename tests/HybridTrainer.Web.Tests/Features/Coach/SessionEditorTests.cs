using HybridTrainer.Web.Common;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Tests.Features.Coach;

public class SessionEditorTests(HostFixture host) : CoachHostTest(host)
{
    [Fact]
    public async Task Save_CoachChangesALift_StoresTheNumbersWhoAndWhen()
    {
        var (coach, coachId) = await CoachAsync();
        var (athlete, row) = await ClientAsync(coachId, "Alex", NextMonday);
        var lift = (await Data.SessionsOfAsync(row.Id)).First(s => s.Kind == SessionKind.Lift);
        var input = PrescriptionInput.From(SessionViews.Of(lift));
        (input.DurationMinutes, input.PlannedRpe) = (50, 6);
        (input.Sets[0].Reps, input.Sets[0].WeightKg) = (4, 102.5m);

        var outcome = await Service<SessionEditor>().SaveAsync(coach, lift.Id, input, Ct);

        outcome.Succeeded.ShouldBeTrue();
        outcome.Value!.Version.ShouldNotBe(input.Version);
        var saved = (await Data.SessionsOfAsync(row.Id)).Single(s => s.Id == lift.Id);
        (saved.DurationMinutes, saved.PlannedRpe, saved.LoadAu).ShouldBe((50, 6, 300));
        var first = saved.Prescription.Exercises.First(e => e.Sets.Count > 0).Sets[0];
        (first.Reps, first.WeightKg).ShouldBe((4, 102.5m));
        saved.UpdatedByUserId.ShouldBe(coachId);
        saved.UpdatedAt.ShouldBeGreaterThan(TestClock.Start.AddMinutes(-1));
        (await Service<SessionJournal>().GetAsync(athlete, lift.Id, Ct))!.ChangedBy.ShouldBe("Coach Maria");
    }

    [Fact]
    public async Task Save_AthleteOnTheirOwnPlan_TooManySprintReps_SavesAndWarnsR10()
    {
        var (athlete, row) = await ClientAsync((await CoachAsync()).Id, "Alex", NextMonday);
        var series = (await Data.SessionsOfAsync(row.Id)).First(s => s.RunType == RunType.Interval);
        var input = PrescriptionInput.From(SessionViews.Of(series));
        input.Repetitions = 12;

        var outcome = await Service<SessionEditor>().SaveAsync(athlete, series.Id, input, Ct);

        outcome.Succeeded.ShouldBeTrue();
        outcome.Value!.Warnings.ShouldContain(w => w.Rule == "R10");
    }

    [Fact]
    public async Task Save_SomeoneChangedTheSessionMeanwhile_SaysSoAndKeepsTheirChange()
    {
        var (coach, coachId) = await CoachAsync();
        var (athlete, row) = await ClientAsync(coachId, "Alex", NextMonday);
        var session = (await Data.SessionsOfAsync(row.Id)).First(s => !s.HardOnLegs);
        var stale = PrescriptionInput.From(SessionViews.Of(session));
        var fresh = PrescriptionInput.From(SessionViews.Of(session));
        fresh.DurationMinutes = 35;
        (await Service<SessionEditor>().SaveAsync(athlete, session.Id, fresh, Ct)).Succeeded.ShouldBeTrue();
        stale.DurationMinutes = 70;

        var outcome = await Service<SessionEditor>().SaveAsync(coach, session.Id, stale, Ct);

        outcome.Failure!.Kind.ShouldBe(FailureKind.Stale);
        outcome.Failure!.Messages.ShouldHaveSingleItem().ShouldContain("changed by someone else");
        (await Data.SessionsOfAsync(row.Id)).Single(s => s.Id == session.Id).DurationMinutes.ShouldBe(35);
    }

    [Fact]
    public async Task Save_OutOfRangeNumbers_AreRefusedWithMessages()
    {
        var (coach, coachId) = await CoachAsync();
        var (_, row) = await ClientAsync(coachId, "Alex", NextMonday);
        var session = (await Data.SessionsOfAsync(row.Id)).First(s => s.Kind == SessionKind.Lift);
        var input = PrescriptionInput.From(SessionViews.Of(session));
        (input.DurationMinutes, input.Sets[0].Reps) = (5, 0);

        var outcome = await Service<SessionEditor>().SaveAsync(coach, session.Id, input, Ct);

        outcome.Failure!.Kind.ShouldBe(FailureKind.Invalid);
        outcome.Failure!.Messages.ShouldBe(["A session lasts 10 to 300 minutes.", "Reps are 1 to 50."], ignoreOrder: true);
    }

    [Fact]
    public void Validator_PaceRangeBackwardsOrMalformed_SaysWhy()
    {
        var validator = new PrescriptionInputValidator();
        var input = new PrescriptionInput { DurationMinutes = 40, PlannedRpe = 4, IsRun = true, PaceFast = "5:30", PaceSlow = "5:00" };

        validator.Validate(input).Errors.ShouldContain(e => e.PropertyName == "PaceSlow" && e.ErrorMessage.Contains("cannot be faster"));
        input.PaceSlow = "5:7";
        validator.Validate(input).Errors.ShouldContain(e => e.PropertyName == "PaceSlow" && e.ErrorMessage.StartsWith("Write the pace"));
    }

    [Fact]
    public async Task Save_OtherCoachOtherAthleteAndGymStaff_FindNothing()
    {
        var (_, coachId) = await CoachAsync();
        var (otherCoach, _) = await CoachAsync("Coach Tom");
        var (_, row) = await ClientAsync(coachId, "Alex", NextMonday);
        var (otherAthlete, _) = await ClientAsync(coachId, "Sam");
        var staff = await Data.UserAsync(AppRoles.GymStaff);
        var gym = await Data.GymAsync("Riverside", (staff.Id, GymRole.Staff));
        await using (var db = App.CreateDbContext())
        {
            db.Athletes.Single(a => a.Id == row.Id).GymId = gym.Id;
            await db.SaveChangesAsync(Ct);
        }

        var session = (await Data.SessionsOfAsync(row.Id))[0];
        var input = PrescriptionInput.From(SessionViews.Of(session));
        input.DurationMinutes = 20;
        foreach (var (caller, refusal) in new[] { (otherCoach, FailureKind.NotFound), (otherAthlete, FailureKind.NotFound), (Principal(staff.Id, AppRoles.GymStaff), FailureKind.Forbidden) })
        {
            (await Service<SessionEditor>().SaveAsync(caller, session.Id, input, Ct)).Failure!.Kind.ShouldBe(refusal);
        }

        (await Data.SessionsOfAsync(row.Id))[0].DurationMinutes.ShouldBe(session.DurationMinutes);
    }
}
