using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Progress.MuscleGroup;

namespace HybridTrainer.Domain.Progress;

/// <summary>
/// Hypertrophy volume: "hard sets per muscle group per week, against a band of 10–20 sets a week" (Schoenfeld, Ogborn
/// &amp; Krieger 2017, dose-response of weekly sets; Baz-Valle et al. 2022, 12–20 sets as the productive range). Each set
/// counts 1 for its exercise's primary muscles and ½ for its secondary ones (the fractional counting of Pelland et al.
/// 2024). Sprint series (R9/R10) and hill repeats (R12) add ½ hard set per repetition to quadriceps, hamstrings, glutes
/// and calves, shown as a separate band: [PRODUCT], a figure of this product, not of the literature.
/// Every logged set of a lift counts as hard: the log holds working sets only, never warm-ups.
/// </summary>
public static class HypertrophyVolumeRule
{
    public const string Name = "Hypertrophy volume";

    public const int WeeklyLowSets = 10;

    public const int WeeklyHighSets = 20;

    public const decimal PrimaryShare = 1m;

    public const decimal SecondaryShare = 0.5m;

    /// <summary>[PRODUCT] ½ hard set per sprint or hill repetition for each leg muscle group.</summary>
    public const decimal RunRepetitionShare = 0.5m;

    public static readonly IReadOnlyList<MuscleGroup> RunMuscles = [Quadriceps, Hamstrings, Glutes, Calves];

    /// <summary>Every exercise the engine prescribes (R4, R23 by its main lift), with its primary and secondary muscles.</summary>
    public static readonly IReadOnlyDictionary<string, ExerciseMuscles> Exercises = new Dictionary<string, ExerciseMuscles>(StringComparer.OrdinalIgnoreCase)
    {
        [R04LiftSplit.SquatName] = new([Quadriceps, Glutes], [Hamstrings]),
        [R04LiftSplit.DeadliftName] = new([Hamstrings, Glutes, Back], [Quadriceps]),
        [R04LiftSplit.BenchPressName] = new([Chest], [Shoulders, Arms]),
        [R04LiftSplit.OverheadPressName] = new([Shoulders], [Arms, Chest]),
        [R04LiftSplit.LungeName] = new([Quadriceps, Glutes], [Hamstrings]),
        [R04LiftSplit.ChinUpName] = new([Back], [Arms, Shoulders]),
        [R04LiftSplit.RowName] = new([Back], [Arms, Shoulders]),
        [R04LiftSplit.PushUpName] = new([Chest], [Shoulders, Arms]),
    };

    /// <summary>The muscles of a logged exercise: a main or supplemental set by its lift, assistance by its name; null when unknown.</summary>
    public static ExerciseMuscles? MusclesOf(string exercise, MainLift? lift) =>
        lift is { } main ? Exercises[R04LiftSplit.NameOf(main)] : Exercises.GetValueOrDefault(exercise);

    /// <summary>Hard sets per muscle from the sets of any number of sessions; an exercise not in the table counts nothing.</summary>
    public static MuscleSets FromLifting(IEnumerable<LoggedSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var total = new MuscleSets();
        foreach (var set in sets)
        {
            if (set.Reps <= 0 || MusclesOf(set.Exercise, set.MainLift) is not { } muscles)
            {
                continue;
            }

            foreach (var muscle in muscles.Primary)
            {
                total.Add(muscle, PrimaryShare);
            }

            foreach (var muscle in muscles.Secondary)
            {
                total.Add(muscle, SecondaryShare);
            }
        }

        return total;
    }

    /// <summary>The legs' stimulus of sprint series and hill repeats: ½ hard set per repetition done.</summary>
    public static MuscleSets FromRunRepetitions(int repetitions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(repetitions);
        var total = new MuscleSets();
        foreach (var muscle in RunMuscles)
        {
            total.Add(muscle, RunRepetitionShare * repetitions);
        }

        return total;
    }

    /// <summary>True for the run types whose repetitions count: sprint series and hill repeats.</summary>
    public static bool Counts(RunType type) => type is RunType.Interval or RunType.Hill;

    public static VolumeZone ZoneOf(decimal hardSets) =>
        hardSets < WeeklyLowSets ? VolumeZone.Below : hardSets > WeeklyHighSets ? VolumeZone.Above : VolumeZone.Within;
}

/// <summary>Where a week's hard sets fall against the 10–20 band.</summary>
public enum VolumeZone
{
    Below,
    Within,
    Above,
}
