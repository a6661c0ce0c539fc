using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R9 Series distance and intensity: "Each run_interval rep covers 100–400 m; the target pace is ≤ R pace (predicted
/// mile race pace from VDOT), with target RPE ≥ 9/10" — how the plan reads the source's "≥ 90 % intensity".
/// </summary>
public static class R09SeriesDistance
{
    public const string Id = "R9";

    public const int RepetitionDistanceMeters = 200;

    public const int MinimumRepetitionRpe = 9;

    /// <summary>The fast end of the shown repetition pace band, as a fraction of R pace time.</summary>
    public const double FastEndOfRepetitionPace = 0.95;

    /// <summary>[PRODUCT] Without a 5 km time, repetition times are estimated for a modest VDOT, so rests err long.</summary>
    public const double UnknownFitnessVdot = 30;

    private static readonly int[] _allowedDistances = [100, 150, 200, 300, 400];

    public static IReadOnlyList<int> AllowedDistancesMeters => _allowedDistances;

    /// <summary>Whole seconds for one repetition at R pace, rounded down so the target is never slower than R pace.</summary>
    public static int RepetitionSeconds(int repetitionSecondsPerKm, int distanceMeters) =>
        (int)Math.Floor(repetitionSecondsPerKm * distanceMeters / 1000.0);

    internal static void Check(ref PlanView plan)
    {
        foreach (var i in plan.QualityRuns)
        {
            var session = plan.Sessions[i];
            if (session.RunType != RunType.Interval || session.Run is not { } run)
            {
                continue;
            }

            if (run.RepetitionDistanceMeters is not { } distance || Array.IndexOf(_allowedDistances, distance) < 0)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingSprintDistance, Of(session.Date)), session);
            }
            else if (plan.Block.Paces is { } paces && run.RepetitionSeconds > RepetitionSeconds(paces.RepetitionSecondsPerKm, distance))
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingSprintTooSlow, Of(session.Date), Of(run.RepetitionSeconds), Of(distance)), session);
            }

            if (run.TargetRpe < MinimumRepetitionRpe)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingSprintRpeLow, Of(session.Date), Of(run.TargetRpe), Of(MinimumRepetitionRpe)), session);
            }
        }
    }
}
