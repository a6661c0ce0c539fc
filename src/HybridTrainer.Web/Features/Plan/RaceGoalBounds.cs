using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>
/// The goal times a race form accepts: no faster than the men's world record over the distance (a faster one is a
/// typing slip), no slower than 10 hours for a marathon, scaled by distance for the others (the same 14:13 /km walk).
/// </summary>
public static class RaceGoalBounds
{
    public static readonly TimeSpan SlowestMarathon = TimeSpan.FromHours(10);

    /// <summary>World records as of 2026: 5 km 12:35, 10 km 26:11, half 56:42, marathon 2:00:35.</summary>
    public static TimeSpan Fastest(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => new TimeSpan(0, 12, 35),
        RaceDistance.TenK => new TimeSpan(0, 26, 11),
        RaceDistance.HalfMarathon => new TimeSpan(0, 56, 42),
        _ => new TimeSpan(2, 0, 35),
    };

    /// <summary>10 h for a marathon; the same pace over the shorter distances, to the whole second.</summary>
    public static TimeSpan Slowest(RaceDistance distance) =>
        TimeSpan.FromSeconds(Math.Round(SlowestMarathon.TotalSeconds * R39RacePrediction.MetersOf(distance) / R39RacePrediction.MarathonMeters));

    public static bool Allows(RaceDistance distance, TimeSpan goal) => goal >= Fastest(distance) && goal <= Slowest(distance);
}
