using CsCheck;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Builders;

/// <summary>CsCheck generators for race blocks: random profiles × histories × distances × race dates the R31 span allows.</summary>
public static class RandomRaces
{
    public const int Iterations = 600;

    private static readonly DateOnly _epoch = new(2025, 1, 6);

    public static readonly Gen<BlockRequest> Request =
        from profile in RandomPlans.Profile
        from distance in Gen.Enum<RaceDistance>()
        from startDay in Gen.Int[0, 700]
        from extraDays in Gen.Int[0, 7 * R31RaceBlockLength.MaxWeeks]
        from goalShare in Gen.Int[85, 115]
        from hasGoal in Gen.Bool
        from history in RandomPlans.History
        let fiveKm = profile.FiveKmTime ?? TimeSpan.FromMinutes(24)
        let days = profile.AvailableDays.Distinct().Count()
        let runner = profile with { FiveKmTime = fiveKm, AvailableDays = days >= 5 ? profile.AvailableDays : RandomPlans.Days(0b1011011) }
        let start = _epoch.AddDays(startDay)
        let minDays = (R31RaceBlockLength.MinWeeks(distance) - 1) * 7
        let raceDate = start.AddDays(Math.Min(minDays + extraDays, (R31RaceBlockLength.MaxWeeks * 7) - 1))
        let predicted = R39RacePrediction.PredictFromFiveKm(fiveKm).For(distance)
        let goal = hasGoal ? predicted * (goalShare / 100.0) : (TimeSpan?)null
        select BlockRequest.ForRace(runner, start, new RaceGoal(distance, raceDate, goal), history);
}
