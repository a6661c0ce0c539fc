using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;
using DomainShoe = HybridTrainer.Domain.Athletes.Shoe;

namespace HybridTrainer.Data.Athletes;

public static class AthleteProfileMapping
{
    /// <summary>The engine's view of a stored athlete, or null while onboarding has left something the engine needs.</summary>
    public static AthleteProfile? ToProfile(this Athlete athlete) => athlete.ToProfile(athlete.LiftMaxes, athlete.Shoes);

    /// <summary>The same with the lifts and shoes given (a unit of work's, where the navigations may still hold deleted rows).</summary>
    public static AthleteProfile? ToProfile(this Athlete athlete, IReadOnlyList<LiftMaxEntry> liftMaxes, IReadOnlyList<Shoe> shoes)
    {
        ArgumentNullException.ThrowIfNull(athlete);
        if (athlete.BodyWeightKg is not { } bodyWeight || athlete.RunningBaseWeeks is not { } baseWeeks || athlete.AvailableDays.Distinct().Count() < 3)
        {
            return null;
        }

        var lifts = Enum.GetValues<MainLift>().Select(lift => ToLiftMax(liftMaxes.FirstOrDefault(l => l.Lift == lift))).ToArray();
        if (lifts.Any(l => l is null))
        {
            return null;
        }

        return new AthleteProfile(
            bodyWeight,
            athlete.BirthYear,
            athlete.RestingHeartRate,
            baseWeeks,
            athlete.FiveKmTime,
            new LiftMaxes(lifts[(int)MainLift.Squat]!, lifts[(int)MainLift.BenchPress]!, lifts[(int)MainLift.Deadlift]!, lifts[(int)MainLift.OverheadPress]!),
            [.. athlete.AvailableDays.Distinct()],
            athlete.Goal,
            [.. shoes.Where(s => s.RetiredOn is null).Select(s => new DomainShoe(s.Id.ToString(), s.Name, s.Kind, (double)s.TotalKilometres))]);
    }

    private static LiftMax? ToLiftMax(LiftMaxEntry? entry) => entry switch
    {
        { OneRepMaxKg: > 0 and var max } => LiftMax.Tested(max),
        { TestWeightKg: > 0 and var weight, TestReps: >= 1 and <= 10 and var reps } => LiftMax.RepTest(weight, reps),
        _ => null,
    };
}
