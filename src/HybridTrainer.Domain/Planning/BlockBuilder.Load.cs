using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Keeping a week's load in range: ACWR against recent weeks (R17) and day-to-day variety (R18).</summary>
internal sealed partial class BlockBuilder
{
    private static int Load(SessionDraft?[] drafts)
    {
        var load = 0;
        foreach (var draft in drafts)
        {
            load += draft?.Load ?? 0;
        }

        return load;
    }

    /// <summary>
    /// Over 1.3 the week is lightened in two steps: easy runs to their minimum and no supplemental sets, then deload
    /// percentages and no quality run, which leaves no hard-on-legs session for a week at ≥ 1.5.
    /// </summary>
    private void GuardLoad(SessionDraft?[] drafts, int week)
    {
        if (_loads.Count < R17AcuteChronicRatio.PreviousWeeksNeeded)
        {
            return;
        }

        var recent = _loads[^1] + _loads[^2] + _loads[^3];
        var ratio = R17AcuteChronicRatio.Ratio(recent, Load(drafts));
        if (ratio < R17AcuteChronicRatio.LowerBound && !R24Deload.IsDeloadWeek(week))
        {
            AddOnce(R17AcuteChronicRatio.Id, $"Week {week} is lighter than your recent training (ACWR {ratio:0.00}, below {R17AcuteChronicRatio.LowerBound}). That is fine after a hard spell; otherwise add a few minutes to the easy runs.", "low");
            return;
        }

        if (ratio <= R17AcuteChronicRatio.UpperBound)
        {
            return;
        }

        foreach (var draft in drafts)
        {
            if (draft is null)
            {
                continue;
            }

            if (draft.IsLift && !draft.LiftDeload)
            {
                draft.LiftTrimmed = true;
                LiftSessionFactory.Size(draft, _twoLiftDays);
            }
            else if (draft.IsEasyRun)
            {
                draft.Minutes = R15EasyRunPrescription.MinMinutes(draft.RunType!.Value);
            }
        }

        if (R17AcuteChronicRatio.Ratio(recent, Load(drafts)) > R17AcuteChronicRatio.UpperBound)
        {
            foreach (var draft in drafts)
            {
                if (draft is { IsLift: true, LiftDeload: false })
                {
                    (draft.LiftDeload, draft.LiftIntro) = (true, true);
                    LiftSessionFactory.Size(draft, _twoLiftDays);
                }
                else if (draft is { RunType: RunType.Interval or RunType.Hill })
                {
                    MakeEasy(draft, RunType.Steady, QualityChange.LoadGuard);
                }
            }
        }

        ratio = R17AcuteChronicRatio.Ratio(recent, Load(drafts));
        var message = ratio >= R17AcuteChronicRatio.RejectAt
            ? $"Week {week}: even the lightest version of the plan is {ratio:0.00} times your recent weekly load (ACWR ≥ {R17AcuteChronicRatio.RejectAt}), so it holds no hard sessions. Log a few easy weeks first, or start with fewer available days."
            : $"Week {week} was lightened because it jumped above your recent weekly load (ACWR now {ratio:0.00}). If you feel run down, swap a session for a rest day.";
        AddOnce(R17AcuteChronicRatio.Id, message, ratio >= R17AcuteChronicRatio.RejectAt ? "reject" : "high");
    }

    /// <summary>Too uniform a week (monotony over 2.0) gets its easy runs shortened, recovery run first (R18).</summary>
    private void EaseMonotony(SessionDraft?[] drafts, int week)
    {
        Span<int> daily = stackalloc int[7];
        while (true)
        {
            SessionDraft? longest = null;
            foreach (var draft in drafts)
            {
                if (draft is null)
                {
                    continue;
                }

                daily[draft.Offset] = draft.Load;
                var canShorten = draft.IsEasyRun && draft.Minutes > R15EasyRunPrescription.MinMinutes(draft.RunType!.Value);
                if (canShorten && (longest is null || (draft.RunType == RunType.Recovery && longest.RunType != RunType.Recovery)))
                {
                    longest = draft;
                }
            }

            if (R18LoadAndMonotony.Monotony(daily) <= R18LoadAndMonotony.MaxMonotony)
            {
                return;
            }

            if (longest is null)
            {
                AddOnce(R18LoadAndMonotony.Id, $"Week {week} is very uniform from day to day; keep one day fully off and the easy runs truly easy.");
                return;
            }

            longest.Minutes -= R15EasyRunPrescription.StepMinutes;
        }
    }
}
