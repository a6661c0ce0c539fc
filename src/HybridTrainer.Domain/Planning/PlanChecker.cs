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
        var count = PlanView.SessionCount(plan);
        var weeks = plan.Weeks.Count;

        // The view's working memory lives on this stack frame; only an unusually large hand-built plan uses the heap.
        var buffer = default(PlanView.SessionBuffer);
        Span<PlannedSession> sessions = count <= PlanView.StackSessions ? buffer[..count] : new PlannedSession[count];
        Span<int> perSession = count <= PlanView.StackSessions ? stackalloc int[PlanView.PerSession * count] : new int[PlanView.PerSession * count];
        Span<int> perWeek = weeks <= PlanView.StackWeeks ? stackalloc int[PlanView.PerWeek * weeks] : new int[PlanView.PerWeek * weeks];
        var view = new PlanView(plan, profile, history ?? TrainingHistory.Empty, sessions, perSession, perWeek);
        R01NoviceGate.Check(ref view);
        R02SessionAllocation.Check(ref view);
        R03AlternatingQualityRun.Check(ref view);
        R04LiftSplit.Check(ref view);
        R05HardEasySpacing.Check(ref view);
        R06LegRestAfterSeries.Check(ref view);
        R07SameDayDoubles.Check(ref view);
        R08IntensityDistribution.Check(ref view);
        R09SeriesDistance.Check(ref view);
        R10SeriesCount.Check(ref view);
        R11NearCompleteRest.Check(ref view);
        R12HillRepeats.Check(ref view);
        R13WarmUpCoolDown.Check(ref view);
        R15EasyRunPrescription.Check(ref view);
        R16VolumeProgression.Check(ref view);
        R17AcuteChronicRatio.Check(ref view);
        R18LoadAndMonotony.Check(ref view);
        R20WeekPercentages.Check(ref view);
        R21LoadRounding.Check(ref view);
        R23SupplementalVolume.Check(ref view);
        R24Deload.Check(ref view);
        R28ShoeRotation.Check(ref view);
        R29ShoeRetirement.Check(ref view);
        R30RecoveryPrompts.Check(ref view);
        R32RacePhases.Check(ref view);
        R33LongRun.Check(ref view);
        R34RaceSpecificQuality.Check(ref view);
        R36Taper.Check(ref view);
        R37LiftingAroundRace.Check(ref view);
        R38RaceWeek.Check(ref view);
        return view.Violations;
    }

    /// <summary>Violations touching one programme week (1-based), for checking the week being edited.</summary>
    public static IReadOnlyList<RuleViolation> CheckWeek(TrainingBlock plan, int programWeek, AthleteProfile profile, TrainingHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var week = plan.Weeks[programWeek - 1];
        var from = week.StartDate;
        var to = from.AddDays(6);
        return [.. Check(plan, profile, history).Where(v => v.Week == programWeek || v.Sessions.Any(s => s.Date >= from && s.Date <= to))];
    }
}
