using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R12 Hill repeats: "6–10 reps of 30–90 s uphill at hard effort (RPE 8–9). Recovery is a walk or jog back down,
/// lasting ≥ the rep duration. The first hill session after the gate has ≤ 6 reps."
/// </summary>
public static class R12HillRepeats
{
    public const string Id = "R12";

    public const int MinRepetitions = 6;
    public const int MaxRepetitions = 10;
    public const int FirstSessionMaxRepetitions = 6;
    public const int MinRepetitionSeconds = 30;
    public const int MaxRepetitionSeconds = 90;
    public const int TargetRpe = 8;

    /// <summary>[PRODUCT] Jog-down recovery of twice the climb, above the "≥ rep duration" floor.</summary>
    public const int RecoveryMultiple = 2;

    /// <summary>Reps for the n-th hill session (1-based): 6, 7, then 8.</summary>
    public static int RepetitionsFor(int sessionNumber) => Math.Min(5 + sessionNumber, 8);

    /// <summary>Climb seconds for the n-th hill session: 45 s for three sessions, then 60 s.</summary>
    public static int RepetitionSecondsFor(int sessionNumber) => sessionNumber <= 3 ? 45 : 60;

    internal static void Check(ref PlanView plan)
    {
        var number = plan.History.HillSessionsDone;
        foreach (var i in plan.PlannedQualityRuns)
        {
            var session = plan.Sessions[i];
            if (session.AsPlanned().RunType != RunType.Hill)
            {
                continue;
            }

            number++;
            if (session.RunType != RunType.Hill)
            {
                continue;
            }

            var run = session.Run;
            var reps = run?.Repetitions ?? 0;
            var seconds = run?.RepetitionSeconds ?? 0;
            var maxReps = number == 1 ? FirstSessionMaxRepetitions : MaxRepetitions;
            if (reps < MinRepetitions || reps > maxReps)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingHillReps, Of(session.Date), Of(reps), Of(MinRepetitions), Of(maxReps)), session);
            }

            if (seconds is < MinRepetitionSeconds or > MaxRepetitionSeconds)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingHillSeconds, Of(session.Date), Of(seconds), Of(MinRepetitionSeconds), Of(MaxRepetitionSeconds)), session);
            }

            if ((run?.RestSeconds ?? 0) < seconds)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingHillJogBack, Of(session.Date)), session);
            }
        }
    }
}
