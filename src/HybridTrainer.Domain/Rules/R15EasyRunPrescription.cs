using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R15 Easy-run prescription: "run_recovery lasts 20–40 min at recovery pace (59–65 % VDOT); run_steady lasts
/// 30–60 min at steady pace (65–74 % VDOT)"; a recovery run is never faster than the slow end of steady pace.
/// </summary>
public static class R15EasyRunPrescription
{
    public const string Id = "R15";

    public const int RecoveryMinMinutes = 20;
    public const int RecoveryMaxMinutes = 40;
    public const int SteadyMinMinutes = 30;
    public const int SteadyMaxMinutes = 60;

    /// <summary>[PRODUCT] Easy runs grow in 5-minute steps.</summary>
    public const int StepMinutes = 5;

    /// <summary>[PRODUCT] First-week steady run without run history: longer once the athlete has a base.</summary>
    public const int StartSteadyMinutesWithBase = 35;

    public const double RecoveryFastFraction = 0.65;
    public const double RecoverySlowFraction = 0.59;
    public const double SteadyFastFraction = 0.74;
    public const double SteadySlowFraction = 0.65;

    /// <summary>[PRODUCT] Heart-rate bands: % of heart-rate reserve (Karvonen) or, without resting HR, % of HRmax.</summary>
    public const double RecoveryLowReserve = 0.50;
    public const double RecoveryHighReserve = 0.60;
    public const double SteadyLowReserve = 0.60;
    public const double SteadyHighReserve = 0.70;
    public const double RecoveryLowMax = 0.60;
    public const double RecoveryHighMax = 0.70;
    public const double SteadyLowMax = 0.70;
    public const double SteadyHighMax = 0.79;

    public const int RecoveryRpe = 3;
    public const int SteadyRpe = 4;

    public static int MinMinutes(RunType type) => type == RunType.Recovery ? RecoveryMinMinutes : SteadyMinMinutes;

    public static int MaxMinutes(RunType type) => type == RunType.Recovery ? RecoveryMaxMinutes : SteadyMaxMinutes;

    /// <summary>Recovery and steady pace bands for a VDOT (C3 zone fractions).</summary>
    public static ZonePaces PacesFor(double vdot) => new(
        new PaceRange(Vdot.SecondsPerKmAt(vdot, RecoveryFastFraction), Vdot.SecondsPerKmAt(vdot, RecoverySlowFraction)),
        new PaceRange(Vdot.SecondsPerKmAt(vdot, SteadyFastFraction), Vdot.SecondsPerKmAt(vdot, SteadySlowFraction)),
        Vdot.RepetitionSecondsPerKm(vdot));

    internal static void Check(ref PlanView plan)
    {
        foreach (var session in plan.Sessions)
        {
            if (!session.IsEasyRun)
            {
                continue;
            }

            var type = session.RunType!.Value;
            if (session.DurationMinutes < MinMinutes(type) || session.DurationMinutes > MaxMinutes(type))
            {
                plan.Add(Id, new Reason(type == RunType.Recovery ? ReasonKeys.FindingEasyLengthRecovery : ReasonKeys.FindingEasyLengthSteady, Of(session.Date), Of(session.DurationMinutes), Of(MinMinutes(type)), Of(MaxMinutes(type))), session);
            }

            if (type == RunType.Recovery && plan.Block.Paces is { } paces && session.Run?.Pace is { } pace
                && pace.FastSecondsPerKm < paces.Steady.SlowSecondsPerKm)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingRecoveryTooFast, Of(session.Date)), session);
            }
        }
    }
}
