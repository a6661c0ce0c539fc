using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>
/// The plan checker: lists every rule a plan breaks, whether generated or edited by hand (a session moved to
/// another day, added, or changed). The generator's own output always checks clean. Fast enough to run on every
/// drag in the planner.
/// </summary>
public static class PlanChecker
{
    /// <summary>Checks a whole block against the athlete's profile and the history it was generated with.</summary>
    public static IReadOnlyList<RuleViolation> Check(TrainingBlock plan, AthleteProfile profile, TrainingHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(profile);
        var view = new PlanView(plan, profile, history ?? TrainingHistory.Empty);
        R01NoviceGate.Check(view);
        R02SessionAllocation.Check(view);
        R03AlternatingQualityRun.Check(view);
        R04LiftSplit.Check(view);
        R05HardEasySpacing.Check(view);
        R06LegRestAfterSeries.Check(view);
        R07SameDayDoubles.Check(view);
        R08IntensityDistribution.Check(view);
        R09SeriesDistance.Check(view);
        R10SeriesCount.Check(view);
        R11NearCompleteRest.Check(view);
        R12HillRepeats.Check(view);
        R13WarmUpCoolDown.Check(view);
        R15EasyRunPrescription.Check(view);
        R16VolumeProgression.Check(view);
        R17AcuteChronicRatio.Check(view);
        R18LoadAndMonotony.Check(view);
        R20WeekPercentages.Check(view);
        R21LoadRounding.Check(view);
        R23SupplementalVolume.Check(view);
        R24Deload.Check(view);
        R28ShoeRotation.Check(view);
        R29ShoeRetirement.Check(view);
        R30RecoveryPrompts.Check(view);
        return view.Violations;
    }

    /// <summary>Violations touching one programme week (1-based), for checking the week being edited.</summary>
    public static IReadOnlyList<RuleViolation> CheckWeek(TrainingBlock plan, int programWeek, AthleteProfile profile, TrainingHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var week = plan.Weeks[programWeek - 1];
        var from = week.StartDate;
        var to = from.AddDays(6);
        var prefix = $"Week {programWeek} ";
        return [.. Check(plan, profile, history).Where(v =>
            v.Sessions.Any(s => s.Date >= from && s.Date <= to) || (v.Sessions.Count == 0 && v.Message.StartsWith(prefix, StringComparison.Ordinal)))];
    }
}
