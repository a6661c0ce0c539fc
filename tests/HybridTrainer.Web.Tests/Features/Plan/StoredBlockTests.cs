using HybridTrainer.Data.Journal;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Rules;
using MainLift = HybridTrainer.Domain.Training.MainLift;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Tests.Features.Coach;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Plan;

/// <summary>A saved block is its own truth: editing the profile afterwards changes neither how it is judged nor what follows it.</summary>
public class StoredBlockTests(HostFixture host) : CoachHostTest(host)
{
    [Fact]
    public async Task CoachTable_SquatMaxRaisedAfterTheBlockWasSaved_ShowsNoR20Warning()
    {
        var (coach, coachId) = await CoachAsync();
        var (_, athlete) = await ClientAsync(coachId, "Alex", NextMonday, weeks: 4);

        await RaiseSquatMaxAsync(athlete.Id, 40m);

        var row = (await Service<CoachDesk>().ListClientsAsync(coach, Ct)).ShouldHaveSingleItem();
        row.PlanWarnings.ShouldNotContain(w => w.StartsWith(R20WeekPercentages.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_KeepsEveryWeeksTrainingMaxesAndTheInputItWasGeneratedFrom()
    {
        var (_, coachId) = await CoachAsync();
        var (_, athlete) = await ClientAsync(coachId, "Alex", NextMonday, weeks: 5);

        var snapshot = (await BlocksOfAsync(athlete.Id)).ShouldHaveSingleItem().Snapshot;

        snapshot.Weeks.Select(w => w.WaveWeek).ShouldBe([1, 2, 3, 4, 1]);
        snapshot.Weeks[4].SquatTrainingMaxKg.ShouldBe(snapshot.SquatTrainingMaxKg + R22CycleProgression.LowerIncrementKg);
        snapshot.Weeks[4].BenchPressTrainingMaxKg.ShouldBe(snapshot.BenchPressTrainingMaxKg + R22CycleProgression.UpperIncrementKg);
        var input = snapshot.Input.ShouldNotBeNull();
        input.Lifts.Single(l => l.Lift == MainLift.Squat).WeightKg.ShouldBe(140m);
        input.RunningBaseWeeks.ShouldBe(8);
        snapshot.Paces.ShouldNotBeNull();
        snapshot.HeartRate.ShouldNotBeNull();
    }

    [Fact]
    public async Task NextBlock_MaxEditedBetweenBlocks_StartsFromTheTrainedMaxesStepped()
    {
        var (_, coachId) = await CoachAsync();
        var (user, athlete) = await ClientAsync(coachId, "Alex", NextMonday, weeks: 4);
        var first = (await BlocksOfAsync(athlete.Id)).Single();
        await LogLastSessionAsync(athlete.Id);
        await RaiseSquatMaxAsync(athlete.Id, 40m);

        var saved = await Service<PlanService>().SaveAsync(user, null, new GenerateBlockInput { StartDate = NextMonday.AddDays(28).ToDateTime(TimeOnly.MinValue), Weeks = 4 }, Ct);

        saved.Failure.ShouldBeNull();
        var next = (await BlocksOfAsync(athlete.Id)).Single(b => b.Id != first.Id).Snapshot;
        var trained = first.Snapshot.Weeks[^1];
        // R22: the wave was completed, so each lift steps up from the maxes it was trained with, not from the edited 1RM.
        next.SquatTrainingMaxKg.ShouldBe(trained.SquatTrainingMaxKg + R22CycleProgression.LowerIncrementKg);
        next.BenchPressTrainingMaxKg.ShouldBe(trained.BenchPressTrainingMaxKg + R22CycleProgression.UpperIncrementKg);
        next.DeadliftTrainingMaxKg.ShouldBe(trained.DeadliftTrainingMaxKg + R22CycleProgression.LowerIncrementKg);
        next.OverheadPressTrainingMaxKg.ShouldBe(trained.OverheadPressTrainingMaxKg + R22CycleProgression.UpperIncrementKg);
        next.Input.ShouldNotBeNull().PreviousWaveCompleted.ShouldBeTrue();
    }

    [Fact]
    public async Task NextBlock_CarriesTheWeeklyLoadsThePreviousBlockWasBuiltOn()
    {
        var (_, coachId) = await CoachAsync();
        var (user, athlete) = await ClientAsync(coachId, "Alex", NextMonday, weeks: 1);
        await LogLastSessionAsync(athlete.Id);
        var second = NextMonday.AddDays(7);
        (await Service<PlanService>().SaveAsync(user, null, new GenerateBlockInput { StartDate = second.ToDateTime(TimeOnly.MinValue), Weeks = 1 }, Ct)).Failure.ShouldBeNull();
        await LogLastSessionAsync(athlete.Id);

        (await Service<PlanService>().SaveAsync(user, null, new GenerateBlockInput { StartDate = second.AddDays(7).ToDateTime(TimeOnly.MinValue), Weeks = 1 }, Ct)).Failure.ShouldBeNull();

        var third = (await BlocksOfAsync(athlete.Id)).OrderBy(b => b.StartDate).Last().Snapshot.Input.ShouldNotBeNull();
        third.WeeklyLoadsAu.ShouldBe([300, 300], "one logged hour at RPE 5 in each of the two earlier blocks");
    }

    private async Task RaiseSquatMaxAsync(Guid athleteId, decimal byKg)
    {
        await using var db = App.CreateDbContext();
        var squat = await db.Athletes.Where(a => a.Id == athleteId).SelectMany(a => a.LiftMaxes).SingleAsync(l => l.Lift == MainLift.Squat, Ct);
        squat.OneRepMaxKg += byKg;
        await db.SaveChangesAsync(Ct);
    }

    // The block's last session done: one hour at RPE 5 (300 AU), so the next block reads the whole wave as trained.
    private async Task LogLastSessionAsync(Guid athleteId)
    {
        await using var db = App.CreateDbContext();
        var last = await db.PlannedSessions.Where(s => s.AthleteId == athleteId).OrderByDescending(s => s.Date).FirstAsync(Ct);
        db.SessionLogs.Add(new SessionLog
        {
            Id = Guid.NewGuid(), PlannedSessionId = last.Id, AthleteId = athleteId, Completed = true, ActualDurationMinutes = 60, Rpe = 5,
            LoggedAt = new DateTimeOffset(last.Date.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero),
        });
        await db.SaveChangesAsync(Ct);
    }

    private async Task<List<TrainingBlock>> BlocksOfAsync(Guid athleteId)
    {
        await using var db = App.CreateDbContext();
        return await db.TrainingBlocks.AsNoTracking().Where(b => b.AthleteId == athleteId).ToListAsync(Ct);
    }
}
