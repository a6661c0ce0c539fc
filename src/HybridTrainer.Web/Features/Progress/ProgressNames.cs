using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Training;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Progress;

/// <summary>
/// The names the progress figures are grouped by (lifts, muscles, run types), in the reader's language. The domain names
/// them in English for its rules; these are the same names as shown to people.
/// </summary>
internal static class ProgressNames
{
    public static string Lift(IStringLocalizer<ProgressText> text, MainLift lift) => lift switch
    {
        MainLift.Squat => text["LiftSquat"],
        MainLift.BenchPress => text["LiftBenchPress"],
        MainLift.Deadlift => text["LiftDeadlift"],
        _ => text["LiftOverheadPress"],
    };

    public static string Muscle(IStringLocalizer<ProgressText> text, MuscleGroup muscle) => muscle switch
    {
        MuscleGroup.Quadriceps => text["MuscleQuadriceps"],
        MuscleGroup.Hamstrings => text["MuscleHamstrings"],
        MuscleGroup.Glutes => text["MuscleGlutes"],
        MuscleGroup.Calves => text["MuscleCalves"],
        MuscleGroup.Chest => text["MuscleChest"],
        MuscleGroup.Back => text["MuscleBack"],
        MuscleGroup.Shoulders => text["MuscleShoulders"],
        _ => text["MuscleArms"],
    };

    /// <summary>A run type as the domain labels a week's runs (<see cref="RunningWeeks.LabelOf"/>); an unknown label as it is.</summary>
    public static string RunType(IStringLocalizer<ProgressText> text, string label) => label switch
    {
        nameof(Domain.Training.RunType.Steady) => text["RunSteady"],
        nameof(Domain.Training.RunType.Recovery) => text["RunRecovery"],
        nameof(Domain.Training.RunType.Interval) => text["RunInterval"],
        nameof(Domain.Training.RunType.Hill) => text["RunHill"],
        nameof(Domain.Training.RunType.Long) => text["RunLong"],
        nameof(Domain.Training.RunType.Tempo) => text["RunTempo"],
        nameof(Domain.Training.RunType.VO2Intervals) => text["RunVO2Intervals"],
        nameof(Domain.Training.RunType.Shakeout) => text["RunShakeout"],
        nameof(Domain.Training.RunType.Race) => text["RunRace"],
        RunningWeeks.Unplanned => text["RunUnplanned"],
        _ => label,
    };
}
