using HybridTrainer.Data.Body;
using HybridTrainer.Data.Diagnostics;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Journal;
using LoggedSet = HybridTrainer.Data.Journal.LoggedSet;
using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Progress;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Progress;

public class ProgressServiceTests(HostFixture host) : HostTest(host)
{
    private static readonly DateOnly ThisMonday = LocalDays.MondayOf(TestClock.Today);

    [Fact]
    public async Task Get_KnownLoggedSets_GiveE1rmRepRecordsAmrapAndHardSets()
    {
        var (user, athlete, asked) = await HistoryAsync();

        var view = (await Progress.GetAsync(user, null, 4, Ct)).Value!;

        // Last week 100 × 5 (116.67), this week 105 × 5 (122.5) and an AMRAP of 95 × 9 (123.5).
        view.OneRepMaxes[MainLift.Squat].Select(p => p.Value).ShouldBe([HybridTrainer.Domain.Rules.R19TrainingMax.EstimateOneRepMax(100m, 5), 123.5m]);
        view.RepRecords.ShouldContain(new RepRecord(MainLift.Squat, 100m, 5, ThisMonday.AddDays(-7)));
        view.RepRecords.ShouldContain(new RepRecord(MainLift.Squat, 95m, 9, ThisMonday));
        view.Amraps.ShouldHaveSingleItem().ShouldBe(new AmrapResult(MainLift.Squat, ThisMonday, asked, 9));
        // This week: 3 squat sets (quads and glutes 3, hamstrings 1.5) and 4 chin-ups (back 4, arms and shoulders 2).
        var week = view.Volume[^1];
        (week.Lifting[MuscleGroup.Quadriceps], week.Lifting[MuscleGroup.Hamstrings], week.Lifting[MuscleGroup.Back], week.Lifting[MuscleGroup.Arms])
            .ShouldBe((3m, 1.5m, 4m, 2m));
        view.Volume[^2].Lifting[MuscleGroup.Quadriceps].ShouldBe(1m);
        athlete.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task Get_WeighIns_GiveTheSevenDayAverage()
    {
        var (user, athlete, _) = await HistoryAsync();
        await using (var db = App.CreateDbContext())
        {
            foreach (var (days, kg) in new[] { (-8, 80m), (-2, 81m), (0, 82.5m) })
            {
                db.BodyMeasurements.Add(new BodyMeasurement { Id = Guid.NewGuid(), AthleteId = athlete, Date = TestClock.Today.AddDays(days), WeightKg = kg, LoggedAt = TestClock.Start });
            }

            await db.SaveChangesAsync(Ct);
        }

        var view = (await Progress.GetAsync(user, null, 4, Ct)).Value!;

        // The 7 days ending two days ago still hold the 80 kg of day -8; today's do not.
        view.Body.Select(b => b.TrendKg).ShouldBe([80m, 80.5m, 81.75m]);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(52)]
    public async Task Get_AnySpan_TakesTheSameFiveQueriesAfterTheAccessCheck(int weeks)
    {
        var (user, _, _) = await HistoryAsync();
        var counter = App.Services.GetRequiredService<CommandCounter>();

        counter.Reset();
        (await Progress.GetAsync(user, null, weeks, Ct)).Failure.ShouldBeNull();

        counter.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Get_OwnCoachSees_OtherCoachDoesNot_GymStaffIsRefused()
    {
        var data = new TestData(App);
        var (_, athlete, _) = await HistoryAsync();
        var coach = await data.UserAsync(AppRoles.Coach);
        var other = await data.UserAsync(AppRoles.Coach);
        await data.LinkCoachAsync(coach.Id, athlete);
        var staff = await data.UserAsync(AppRoles.GymStaff);
        var gym = await data.GymAsync("Iron Works", (staff.Id, GymRole.Staff));
        await using (var db = App.CreateDbContext())
        {
            await db.Athletes.Where(a => a.Id == athlete).ExecuteUpdateAsync(a => a.SetProperty(x => x.GymId, gym.Id), Ct);
        }

        (await Progress.GetAsync(TestData.Principal(coach.Id), athlete, 4, Ct)).Value!.OneRepMaxes[MainLift.Squat].Count.ShouldBe(2);
        (await Progress.GetAsync(TestData.Principal(other.Id), athlete, 4, Ct)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await Progress.GetAsync(TestData.Principal(staff.Id), athlete, 4, Ct)).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
    }

    [Fact]
    public async Task WhatChanged_HeavierThisWeek_BodyWeightUp()
    {
        var (user, athlete, _) = await HistoryAsync();
        await using (var db = App.CreateDbContext())
        {
            db.BodyMeasurements.Add(new BodyMeasurement { Id = Guid.NewGuid(), AthleteId = athlete, Date = TestClock.Today.AddDays(-10), WeightKg = 80m, LoggedAt = TestClock.Start });
            db.BodyMeasurements.Add(new BodyMeasurement { Id = Guid.NewGuid(), AthleteId = athlete, Date = TestClock.Today, WeightKg = 81m, LoggedAt = TestClock.Start });
            await db.SaveChangesAsync(Ct);
        }

        var view = await App.Services.CreateScope().ServiceProvider.GetRequiredService<WhatChangedService>().GetAsync(user, null, Ct);

        view!.BodyWeight.Direction.ShouldBe(TrendDirection.Up);
        view.LiftTrained.ShouldBe(MainLift.Squat);
    }

    /// <summary>
    /// A two-week block with two lift days logged: last Monday 1 × 100 kg × 5 squats; this Monday 2 × 105 kg × 5 squats and an
    /// AMRAP of 95 kg × 9 (asked as the wave week says), and 4 chin-ups.
    /// </summary>
    private async Task<(System.Security.Claims.ClaimsPrincipal User, Guid Athlete, int AskedReps)> HistoryAsync()
    {
        var data = new TestData(App);
        var (user, athlete, _) = await data.AthleteWithBlockAsync(ThisMonday.AddDays(-7), 2);
        var sessions = await data.SessionsOfAsync(athlete.Id);
        var lifts = sessions.Where(s => s.Kind == SessionKind.Lift).ToList();
        var lastWeek = lifts.First(s => s.Date < ThisMonday);
        var thisWeek = lifts.First(s => s.Date >= ThisMonday);
        var amrap = thisWeek.Prescription.Exercises.First(e => e.Sets.Any(s => s.Amrap));
        await using var db = App.CreateDbContext();
        // The logged dates are the planned ones; put them where the test reads them.
        await db.PlannedSessions.Where(s => s.Id == lastWeek.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Date, ThisMonday.AddDays(-7)), Ct);
        await db.PlannedSessions.Where(s => s.Id == thisWeek.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Date, ThisMonday), Ct);
        db.SessionLogs.Add(Log(lastWeek.Id, athlete.Id, [Squat("Back squat", 100, 5, false)]));
        db.SessionLogs.Add(Log(thisWeek.Id, athlete.Id, [
            Squat("Back squat", 105, 5, false), Squat("Back squat", 105, 5, false), Squat(amrap.Name, 95, 9, true),
            .. Enumerable.Range(0, 4).Select(_ => new LoggedSet { Exercise = "Chin-up", Reps = 8 })]));
        await db.SaveChangesAsync(Ct);
        return (user, athlete.Id, amrap.Sets.First(s => s.Amrap).Reps);
    }

    private static LoggedSet Squat(string exercise, decimal kg, int reps, bool amrap) =>
        new() { Exercise = exercise, MainLift = nameof(MainLift.Squat), Reps = reps, WeightKg = kg, Amrap = amrap };

    private static SessionLog Log(Guid sessionId, Guid athleteId, List<LoggedSet> sets) => new()
    {
        Id = Guid.NewGuid(), PlannedSessionId = sessionId, AthleteId = athleteId, Completed = true, ActualDurationMinutes = 60, Rpe = 7, Sets = sets, LoggedAt = TestClock.Start,
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ProgressService Progress => App.Services.CreateScope().ServiceProvider.GetRequiredService<ProgressService>();
}
