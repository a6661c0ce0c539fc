using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Drafting one week: roles to sessions (R1–R3), easy-run minutes (R15, R16).</summary>
internal sealed partial class BlockBuilder
{
    private SessionDraft?[] Draft(int week)
    {
        var eligible = R01NoviceGate.QualityRunsAllowed(_profile.RunningBaseWeeks, week);
        var deloadWeek = R24Deload.IsDeloadWeek(week);
        var drafts = new SessionDraft?[7];
        for (var offset = 0; offset < 7; offset++)
        {
            if (_layout.Roles[offset] is not { } role)
            {
                continue;
            }

            var draft = new SessionDraft { Offset = offset, Role = role };
            drafts[offset] = draft;
            if (deloadWeek && eligible && offset == _deloadQualityOffset)
            {
                DraftQuality(draft, week);
                draft.DeloadQuality = true;
                continue;
            }

            switch (role)
            {
                case SlotRole.LiftA or SlotRole.LiftB or SlotRole.LiftUpper:
                    draft.LiftDeload = deloadWeek;
                    LiftSessionFactory.Size(draft, _twoLiftDays);
                    break;
                case SlotRole.Quality when !eligible:
                    MakeEasy(draft, RunType.Steady, QualityChange.NoviceGate);
                    break;
                case SlotRole.Quality when _layout.QualitySoftened && !(deloadWeek && _deloadQualityOffset >= 0):
                    MakeEasy(draft, RunType.Steady, QualityChange.Spacing);
                    _qualitySoftened = true;
                    break;
                case SlotRole.Quality when _layout.QualitySoftened:
                    // The deload week's quality run sits on another day of this week.
                    MakeEasy(draft, RunType.Steady, QualityChange.None);
                    break;
                case SlotRole.Quality:
                    DraftQuality(draft, week);
                    break;
                default:
                    MakeEasy(draft, role == SlotRole.Recovery ? RunType.Recovery : RunType.Steady, QualityChange.None);
                    break;
            }
        }

        return drafts;
    }

    private void DraftQuality(SessionDraft draft, int week)
    {
        var type = R03AlternatingQualityRun.QualityRunFor(week);
        draft.RunType = type;
        draft.QualityNumber = (type == RunType.Interval ? _intervalNumber : _hillNumber) + 1;
        draft.Minutes = _runs.QualityMinutes(type, draft.QualityNumber);
        draft.Rpe = R18LoadAndMonotony.QualityRunRpe;
    }

    /// <summary>
    /// Where a deload week puts its quality run when the normal weeks have none (days too close together): deload lifts
    /// are not hard (R24), so any run day fits unless it touches a heavy leg day of the week before or after (R5).
    /// The quality slot is preferred, then the other run days; -1 when none fits.
    /// </summary>
    private static int DeloadQualityOffset(WeekLayout layout)
    {
        if (!layout.QualitySoftened)
        {
            return -1;
        }

        var roles = layout.Roles;
        bool HeavyLegs(int offset) => roles[offset] is SlotRole.LiftA or SlotRole.LiftB;
        bool Fits(int offset) => roles[offset] is SlotRole.Quality or SlotRole.Steady or SlotRole.Recovery
            && !(offset == 0 && HeavyLegs(6)) && !(offset == 6 && HeavyLegs(0));
        var quality = Array.IndexOf(roles, SlotRole.Quality);
        if (quality >= 0 && Fits(quality))
        {
            return quality;
        }

        for (var offset = 0; offset < 7; offset++)
        {
            if (Fits(offset))
            {
                return offset;
            }
        }

        return -1;
    }

    private static void MakeEasy(SessionDraft draft, RunType type, QualityChange change)
    {
        draft.RunType = type;
        draft.QualityChange = change;
        draft.QualityNumber = 0;
        draft.Minutes = R15EasyRunPrescription.MinMinutes(type);
        draft.Rpe = type == RunType.Recovery ? R15EasyRunPrescription.RecoveryRpe : R15EasyRunPrescription.SteadyRpe;
    }

    /// <summary>
    /// Easy runs start at their R15 minimum and grow in 5-minute steps (steady first) while the week stays within
    /// 10 % of the last non-deload week (R16). Deload weeks keep the minimum.
    /// </summary>
    private void SizeEasyRuns(SessionDraft?[] drafts, int week)
    {
        int floor = 0, start = 0;
        foreach (var draft in drafts)
        {
            if (draft is null || draft.IsLift)
            {
                continue;
            }

            floor += draft.Minutes;
            start += draft.RunType == RunType.Steady && R01NoviceGate.BaseWeeks(_profile.RunningBaseWeeks, 1) >= R01NoviceGate.MinimumBaseWeeks
                ? R15EasyRunPrescription.StartSteadyMinutesWithBase
                : draft.Minutes;
        }

        if (R24Deload.IsDeloadWeek(week))
        {
            return;
        }

        var budget = _baselineRunMinutes is { } previous ? R16VolumeProgression.DefaultLimit(previous) : start;
        if (_race is not null)
        {
            // R35: easy runs grow towards the distance's peak volume and no further; the long run already grows on its own (R33).
            budget = Math.Min(Math.Max(budget, floor), R35VolumeTargets.PeakWeeklyMinutes(_race.Goal.Distance));
        }

        if (_baselineRunMinutes is { } p && floor > budget)
        {
            AddOnce(R16VolumeProgression.Id, new Reason(ReasonKeys.WarningRunFloorAboveRecent, ReasonArguments.Of(week), ReasonArguments.Of(floor), ReasonArguments.Of(p)));
        }

        var extra = budget - floor;
        var grown = true;
        while (grown && extra >= R15EasyRunPrescription.StepMinutes)
        {
            grown = false;
            foreach (var type in (ReadOnlySpan<RunType>)[RunType.Steady, RunType.Recovery])
            {
                foreach (var draft in drafts)
                {
                    if (draft?.RunType == type && extra >= R15EasyRunPrescription.StepMinutes
                        && draft.Minutes + R15EasyRunPrescription.StepMinutes <= R15EasyRunPrescription.MaxMinutes(type))
                    {
                        draft.Minutes += R15EasyRunPrescription.StepMinutes;
                        extra -= R15EasyRunPrescription.StepMinutes;
                        grown = true;
                    }
                }
            }
        }
    }

    /// <summary>One warning per kind per block keeps the list readable; the first week it happens is named.</summary>
    private void AddOnce(string rule, Reason reason, string kind = "")
    {
        if ((_warned ??= []).Add(rule + kind))
        {
            _warnings.Add(new PlanWarning(rule, reason));
        }
    }
}
