using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R39 Prediction and goal pace: predicted times from the current VDOT by C3's bisection (VDOT 50 → marathon
/// 3:10:40, half 1:31:31); a goal time gives a goal VDOT, and race-pace work uses the goal pace when the goal VDOT is
/// at most current + 2 [PRODUCT], else the predicted pace with a warning. No 5 km time, no race plan.
/// </summary>
public static class R39RacePrediction
{
    public const string Id = "R39";

    /// <summary>[PRODUCT] How far above the current VDOT a goal may sit and still set the race pace.</summary>
    public const double MaxGoalVdotAboveCurrent = 2.0;

    public const double HalfMarathonMeters = 21097.5;

    public const double MarathonMeters = 42195;

    public static double MetersOf(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => 5000,
        RaceDistance.TenK => 10000,
        RaceDistance.HalfMarathon => HalfMarathonMeters,
        RaceDistance.Marathon => MarathonMeters,
        _ => throw new ArgumentOutOfRangeException(nameof(distance)),
    };

    public static string NameOf(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => "5 km",
        RaceDistance.TenK => "10 km",
        RaceDistance.HalfMarathon => "half marathon",
        _ => "marathon",
    };

    /// <summary>Predicted times for all four distances at <paramref name="vdot"/>.</summary>
    public static RacePrediction Predict(double vdot) => new(
        vdot,
        Vdot.PredictRaceTime(vdot, MetersOf(RaceDistance.FiveK)),
        Vdot.PredictRaceTime(vdot, MetersOf(RaceDistance.TenK)),
        Vdot.PredictRaceTime(vdot, HalfMarathonMeters),
        Vdot.PredictRaceTime(vdot, MarathonMeters));

    /// <summary>Predicted times from a 5 km result.</summary>
    public static RacePrediction PredictFromFiveKm(TimeSpan fiveKm) => Predict(Vdot.FromRace(Vdot.FiveKmMeters, fiveKm));

    /// <summary>The VDOT a goal time over a distance needs.</summary>
    public static double GoalVdot(RaceDistance distance, TimeSpan goalTime) => Vdot.FromRace(MetersOf(distance), goalTime);

    public static bool UsesGoalPace(double currentVdot, double goalVdot) => goalVdot <= currentVdot + MaxGoalVdotAboveCurrent;

    /// <summary>Whole seconds per km of a race time over a distance.</summary>
    public static int PaceSecondsPerKm(RaceDistance distance, TimeSpan time) =>
        (int)Math.Round(time.TotalSeconds * 1000 / MetersOf(distance), MidpointRounding.AwayFromZero);

    /// <summary>The block's race plan: predictions, goal VDOT, which pace race work uses, and the E/M/T/I paces (C3).</summary>
    public static RacePlan PlanFor(RaceGoal goal, double vdot)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var prediction = Predict(vdot);
        double? goalVdot = goal.GoalTime is { } time && time > TimeSpan.Zero ? GoalVdot(goal.Distance, time) : null;
        var useGoal = goalVdot is { } g && UsesGoalPace(vdot, g);
        var raceTime = useGoal ? goal.GoalTime!.Value : prediction.For(goal.Distance);
        return new RacePlan(goal, prediction, goalVdot, useGoal, PaceSecondsPerKm(goal.Distance, raceTime),
            new PaceRange(Vdot.SecondsPerKmAt(vdot, R34RaceSpecificQuality.MarathonFastFraction), Vdot.SecondsPerKmAt(vdot, R34RaceSpecificQuality.MarathonSlowFraction)),
            Vdot.SecondsPerKmAt(vdot, R34RaceSpecificQuality.ThresholdFraction),
            new PaceRange(Vdot.SecondsPerKmAt(vdot, R34RaceSpecificQuality.IntervalFastFraction), Vdot.SecondsPerKmAt(vdot, R34RaceSpecificQuality.IntervalSlowFraction)),
            new PaceRange(Vdot.SecondsPerKmAt(vdot, R33LongRun.EasyFastFraction), Vdot.SecondsPerKmAt(vdot, R33LongRun.EasySlowFraction)));
    }
}
