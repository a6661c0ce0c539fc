namespace HybridTrainer.Domain.Training;

/// <summary>
/// What a race block is built around (R31–R39): the goal, the prediction from the current VDOT, the goal's own VDOT
/// when a goal time was given, and the paces the race-specific sessions use.
/// </summary>
/// <param name="Goal">The race.</param>
/// <param name="Prediction">Predicted times for all four distances from the current VDOT.</param>
/// <param name="GoalVdot">VDOT the goal time needs; null without a goal time.</param>
/// <param name="UsesGoalPace">True when race-pace work runs at the goal pace (goal VDOT ≤ current + 2), else at the predicted pace.</param>
/// <param name="RacePaceSecondsPerKm">Pace for the race and for race-pace segments.</param>
/// <param name="MarathonPace">M pace band, 75–84 % VDOT.</param>
/// <param name="ThresholdSecondsPerKm">T pace, 88 % VDOT.</param>
/// <param name="IntervalPace">I pace band, 97.5–100 % VDOT.</param>
/// <param name="EasyPace">E pace band, 59–74 % VDOT (long runs).</param>
public sealed record RacePlan(
    RaceGoal Goal,
    RacePrediction Prediction,
    double? GoalVdot,
    bool UsesGoalPace,
    int RacePaceSecondsPerKm,
    PaceRange MarathonPace,
    int ThresholdSecondsPerKm,
    PaceRange IntervalPace,
    PaceRange EasyPace)
{
    /// <summary>The predicted time over the race's own distance.</summary>
    public TimeSpan PredictedTime => Prediction.For(Goal.Distance);
}
