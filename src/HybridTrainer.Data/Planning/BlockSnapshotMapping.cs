using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using DomainBlock = HybridTrainer.Domain.Training.TrainingBlock;
using DomainSession = HybridTrainer.Domain.Training.PlannedSession;
using DomainShoe = HybridTrainer.Domain.Athletes.Shoe;

namespace HybridTrainer.Data.Planning;

/// <summary>The block-level figures kept beside the session rows (see ADR 3), and the engine's block rebuilt from them.</summary>
public static class BlockSnapshotMapping
{
    public static BlockSnapshot From(DomainBlock block, BlockRequest request)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(request);
        return new()
        {
            Vdot = block.Vdot is { } vdot ? Math.Round(vdot, 1) : null,
            SquatTrainingMaxKg = block.TrainingMaxes.Squat,
            BenchPressTrainingMaxKg = block.TrainingMaxes.BenchPress,
            DeadliftTrainingMaxKg = block.TrainingMaxes.Deadlift,
            OverheadPressTrainingMaxKg = block.TrainingMaxes.OverheadPress,
            ProteinGramsPerDay = block.ProteinGramsPerDay,
            Warnings = [.. block.Warnings.Select(w => new BlockWarning { Rule = w.Rule, Message = StoredReason.Encode(w.Reason) })],
            Weeks = [.. block.Weeks.Select(w => new BlockWeekFigures
            {
                ProgramWeek = w.ProgramWeek,
                WaveWeek = w.WaveWeek,
                Phase = w.Phase,
                SquatTrainingMaxKg = w.TrainingMaxes.Squat,
                BenchPressTrainingMaxKg = w.TrainingMaxes.BenchPress,
                DeadliftTrainingMaxKg = w.TrainingMaxes.Deadlift,
                OverheadPressTrainingMaxKg = w.TrainingMaxes.OverheadPress,
            })],
            Paces = block.Paces is { } paces
                ? new BlockPaces
                {
                    RecoveryFastSecondsPerKm = paces.Recovery.FastSecondsPerKm,
                    RecoverySlowSecondsPerKm = paces.Recovery.SlowSecondsPerKm,
                    SteadyFastSecondsPerKm = paces.Steady.FastSecondsPerKm,
                    SteadySlowSecondsPerKm = paces.Steady.SlowSecondsPerKm,
                    RepetitionSecondsPerKm = paces.RepetitionSecondsPerKm,
                }
                : null,
            HeartRate = block.HeartRate is { } heartRate
                ? new BlockHeartRate
                {
                    MaxBpm = heartRate.MaxBpm,
                    RestingBpm = heartRate.RestingBpm,
                    RecoveryLowBpm = heartRate.Recovery.LowBpm,
                    RecoveryHighBpm = heartRate.Recovery.HighBpm,
                    SteadyLowBpm = heartRate.Steady.LowBpm,
                    SteadyHighBpm = heartRate.Steady.HighBpm,
                }
                : null,
            SleepTarget = StoredReason.Encode(block.SleepTarget),
            PredictedRaceSeconds = block.Race?.PredictedTime.TotalSeconds,
            RaceUsesGoalPace = block.Race?.UsesGoalPace ?? false,
            Input = InputFrom(request.Profile, request.History ?? TrainingHistory.Empty),
        };
    }

    /// <summary>
    /// The saved block as the engine sees it: the stored figures of every week with the stored sessions (every hand
    /// move, edit and accepted downgrade included), never a block regenerated from today's profile.
    /// </summary>
    /// <remarks>
    /// Each of <paramref name="sessions"/> goes to the programme week it was generated in, wherever it was moved. A race
    /// block gets its race plan back from the stored goal and the VDOT it was generated with (R39 is deterministic).
    /// </remarks>
    public static DomainBlock ToDomain(
        this BlockSnapshot snapshot, DateOnly startDate, int weeks, IEnumerable<(int ProgramWeek, DomainSession Session)> sessions, RaceGoal? race = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(sessions);
        var startMaxes = new TrainingMaxes(snapshot.SquatTrainingMaxKg, snapshot.BenchPressTrainingMaxKg, snapshot.DeadliftTrainingMaxKg, snapshot.OverheadPressTrainingMaxKg);
        var byWeek = sessions.ToLookup(s => s.ProgramWeek, s => s.Session);
        var trainingWeeks = new TrainingWeek[weeks];
        for (var w = 1; w <= weeks; w++)
        {
            var figures = snapshot.Weeks.Find(f => f.ProgramWeek == w);
            trainingWeeks[w - 1] = new TrainingWeek(
                w,
                figures?.WaveWeek ?? R24Deload.WaveWeek(w),
                startDate.AddDays((w - 1) * 7),
                figures is null
                    ? R22CycleProgression.ForWeek(startMaxes, w)
                    : new TrainingMaxes(figures.SquatTrainingMaxKg, figures.BenchPressTrainingMaxKg, figures.DeadliftTrainingMaxKg, figures.OverheadPressTrainingMaxKg),
                [.. byWeek[w].OrderBy(s => s.Date)])
            {
                Phase = race is null ? null : figures?.Phase ?? R32RacePhases.PhaseOf(w, weeks, race.Distance),
            };
        }

        var protein = snapshot.Input is { } input
            ? R25Protein.For(input.BodyWeightKg)
            : R25Protein.For(snapshot.ProteinGramsPerDay / R25Protein.GramsPerKg);
        return new DomainBlock(
            startDate,
            snapshot.Vdot,
            snapshot.Paces is { } p
                ? new ZonePaces(new PaceRange(p.RecoveryFastSecondsPerKm, p.RecoverySlowSecondsPerKm), new PaceRange(p.SteadyFastSecondsPerKm, p.SteadySlowSecondsPerKm), p.RepetitionSecondsPerKm)
                : null,
            snapshot.HeartRate is { } h
                ? new HeartRateZones(h.MaxBpm, h.RestingBpm, new HeartRateRange(h.RecoveryLowBpm, h.RecoveryHighBpm), new HeartRateRange(h.SteadyLowBpm, h.SteadyHighBpm))
                : null,
            startMaxes,
            protein,
            StoredReason.Decode(snapshot.SleepTarget ?? string.Empty),
            trainingWeeks,
            [.. snapshot.Warnings.Select(w => new PlanWarning(w.Rule, StoredReason.Decode(w.Message)))])
        {
            Race = race is not null && GeneratedVdot(snapshot) is { } vdot ? R39RacePrediction.PlanFor(race, vdot) : null,
        };
    }

    // The unrounded VDOT from the 5 km time the block was generated with; the rounded stored one for older blocks.
    private static double? GeneratedVdot(BlockSnapshot snapshot) =>
        snapshot.Input?.FiveKmSeconds is { } seconds ? Vdot.FromRace(Vdot.FiveKmMeters, TimeSpan.FromSeconds(seconds)) : snapshot.Vdot;

    /// <summary>
    /// The profile the block was generated for, with the athlete's shoes as they are now (their kilometres grow with
    /// every run, R29); null for a block saved before its input was kept.
    /// </summary>
    public static AthleteProfile? GeneratedProfile(this BlockSnapshot snapshot, IReadOnlyList<DomainShoe> currentShoes)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Input is not { } input)
        {
            return null;
        }

        LiftMax Lift(MainLift lift) => input.Lifts.Find(l => l.Lift == lift) is { } test
            ? new LiftMax(test.WeightKg, test.Reps)
            : throw new InvalidOperationException($"The saved block's input has no {lift} test.");
        return new AthleteProfile(
            input.BodyWeightKg,
            input.BirthYear,
            input.RestingHeartRate,
            input.RunningBaseWeeks,
            input.FiveKmSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            new LiftMaxes(Lift(MainLift.Squat), Lift(MainLift.BenchPress), Lift(MainLift.Deadlift), Lift(MainLift.OverheadPress)),
            [.. input.AvailableDays],
            input.Goal,
            currentShoes);
    }

    /// <summary>The logged history the block was built on; null for a block saved before its input was kept.</summary>
    public static TrainingHistory? GeneratedHistory(this BlockSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Input is not { } input
            ? null
            : new TrainingHistory([.. input.WeeklyLoadsAu], [.. input.WeeklyRunMinutes], [.. input.Amraps.Select(a => new AmrapResult(a.Lift, a.Date, a.PrescribedReps, a.RepsDone))])
            {
                PreviousTrainingMaxes = input.PreviousTrainingMaxes is { } m ? new TrainingMaxes(m.SquatKg, m.BenchPressKg, m.DeadliftKg, m.OverheadPressKg) : null,
                PreviousWaveCompleted = input.PreviousWaveCompleted,
                IntervalSessionsDone = input.IntervalSessionsDone,
                HillSessionsDone = input.HillSessionsDone,
            };
    }

    private static BlockInput InputFrom(AthleteProfile profile, TrainingHistory history) => new()
    {
        BodyWeightKg = profile.BodyWeightKg,
        BirthYear = profile.BirthYear,
        RestingHeartRate = profile.RestingHeartRate,
        RunningBaseWeeks = profile.RunningBaseWeeks,
        FiveKmSeconds = profile.FiveKmTime?.TotalSeconds,
        Goal = profile.Goal,
        AvailableDays = [.. profile.AvailableDays.Distinct().Order()],
        Lifts = [.. Enum.GetValues<MainLift>().Select(lift => new BlockLiftTest { Lift = lift, WeightKg = profile.Lifts.For(lift).WeightKg, Reps = profile.Lifts.For(lift).Reps })],
        WeeklyLoadsAu = [.. history.WeeklyLoadsAu],
        WeeklyRunMinutes = [.. history.WeeklyRunMinutes],
        Amraps = [.. history.AmrapResults.Select(a => new BlockAmrap { Lift = a.Lift, Date = a.Date, PrescribedReps = a.PrescribedReps, RepsDone = a.RepsDone })],
        PreviousTrainingMaxes = history.PreviousTrainingMaxes is { } m
            ? new BlockTrainingMaxes { SquatKg = m.Squat, BenchPressKg = m.BenchPress, DeadliftKg = m.Deadlift, OverheadPressKg = m.OverheadPress }
            : null,
        PreviousWaveCompleted = history.PreviousWaveCompleted,
        IntervalSessionsDone = history.IntervalSessionsDone,
        HillSessionsDone = history.HillSessionsDone,
    };
}
