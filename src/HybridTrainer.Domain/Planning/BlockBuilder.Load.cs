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
    /// R17 ramp: a week over ACWR 1.3 is lightened only down to the largest load R17 allows (L_max), trimming
    /// supplemental sets first, then easy-run minutes, then the quality run, then a race block's long run, and only last the main lifts; what was cut
    /// too deep comes back as easy minutes up to L_max. The next week is judged against the new chronic load, so the
    /// load climbs week by week until the normal plan fits. After four lightened weeks in a row only the hard limit
    /// (ACWR 1.5) holds a week back.
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
            AddOnce(R17AcuteChronicRatio.Id, new Reason(ReasonKeys.WarningLoadLow, ReasonArguments.Of(week), ReasonArguments.Of(ratio, "0.00"), ReasonArguments.Of(R17AcuteChronicRatio.LowerBound, "0.##")), "low");
        }

        var held = _lightenedInARow >= R17AcuteChronicRatio.MaxLightenedWeeksInARow;
        var limit = (int)Math.Floor(R17AcuteChronicRatio.MaxNextWeekLoad(recent, held ? R17AcuteChronicRatio.HardLimit : R17AcuteChronicRatio.UpperBound));
        if (Load(drafts) <= limit)
        {
            _lightenedInARow = 0;
            return;
        }

        // What each run had before the cut: easy minutes come back up to it, within R16's weekly budget.
        Span<int> planned = stackalloc int[7];
        foreach (var draft in drafts)
        {
            if (draft is { IsLift: false })
            {
                planned[draft.Offset] = draft.Minutes;
            }
        }

        Lighten(drafts, limit);
        var runBudget = _baselineRunMinutes is { } baseline ? Math.Max(R16VolumeProgression.DefaultLimit(baseline), RunMinutes(drafts)) : int.MaxValue;
        GiveBackEasyMinutes(drafts, limit, planned, runBudget);
        _lightenedInARow++;
        ratio = R17AcuteChronicRatio.Ratio(recent, Load(drafts));
        _warnings.Add(new PlanWarning(R17AcuteChronicRatio.Id, ratio >= R17AcuteChronicRatio.RejectAt
            ? new Reason(ReasonKeys.WarningLoadStillHigh, ReasonArguments.Of(week), ReasonArguments.Of(ratio, "0.00"), ReasonArguments.Of(R17AcuteChronicRatio.RejectAt, "0.##"))
            : new Reason(ReasonKeys.WarningLoadLightened, ReasonArguments.Of(week), ReasonArguments.Of(Load(drafts)), ReasonArguments.Of(ratio, "0.00"))));
    }

    // The R17 ramp's order: supplemental sets, easy-run minutes, the quality run, the long run, and only last the main lifts.
    private void Lighten(SessionDraft?[] drafts, int limit)
    {
        foreach (var draft in drafts)
        {
            if (Load(drafts) <= limit)
            {
                return;
            }

            if (draft is { IsLift: true, LiftDeload: false, LiftTrimmed: false })
            {
                draft.LiftTrimmed = draft.Lightened = true;
                LiftSessionFactory.Size(draft, _twoLiftDays);
            }
        }

        while (Load(drafts) > limit && LongestShortenable(drafts) is { } run)
        {
            run.Minutes -= R15EasyRunPrescription.StepMinutes;
            run.Lightened = true;
        }

        foreach (var draft in drafts)
        {
            if (Load(drafts) <= limit)
            {
                return;
            }

            if (draft is { RunType: RunType.Interval or RunType.Hill or RunType.Tempo or RunType.VO2Intervals })
            {
                MakeEasy(draft, RunType.Steady, QualityChange.LoadGuard);
                draft.Lightened = true;
            }
        }

        // A race block's long run is the week's biggest single load: it gives way after the quality run, in 5-minute
        // steps, and the next weeks grow it back by R33's 15 minutes a week.
        while (Load(drafts) > limit && Array.Find(drafts, d => d is { RunType: RunType.Long } && d.Minutes - R15EasyRunPrescription.StepMinutes >= R33LongRun.MinMinutes) is { } longRun)
        {
            longRun.Minutes -= R15EasyRunPrescription.StepMinutes;
            longRun.Lightened = true;
        }

        foreach (var draft in drafts)
        {
            if (Load(drafts) <= limit)
            {
                return;
            }

            if (draft is { IsLift: true, LiftDeload: false })
            {
                (draft.LiftDeload, draft.LiftIntro, draft.Lightened) = (true, true, true);
                LiftSessionFactory.Size(draft, _twoLiftDays);
            }
        }
    }

    // Coarse steps can cut below L_max: easy runs get minutes back in 5-minute steps, never past what they had before
    // (R16) nor past L_max, so the lightened week stays as close to the allowed load as the steps let it.
    private static void GiveBackEasyMinutes(SessionDraft?[] drafts, int limit, ReadOnlySpan<int> planned, int runBudget)
    {
        var grown = true;
        while (grown)
        {
            grown = false;
            foreach (var draft in drafts)
            {
                if (draft is { IsEasyRun: true } run
                    && run.Minutes + R15EasyRunPrescription.StepMinutes <= Math.Min(planned[run.Offset], R15EasyRunPrescription.MaxMinutes(run.RunType!.Value))
                    && Load(drafts) + R18LoadAndMonotony.SessionLoad(run.Rpe, R15EasyRunPrescription.StepMinutes) <= limit
                    && RunMinutes(drafts) + R15EasyRunPrescription.StepMinutes <= runBudget)
                {
                    run.Minutes += R15EasyRunPrescription.StepMinutes;
                    grown = true;
                }
            }
        }
    }

    private static int RunMinutes(SessionDraft?[] drafts)
    {
        var minutes = 0;
        foreach (var draft in drafts)
        {
            minutes += draft is { IsLift: false } ? draft.Minutes : 0;
        }

        return minutes;
    }

    private static SessionDraft? LongestShortenable(SessionDraft?[] drafts)
    {
        SessionDraft? longest = null;
        foreach (var draft in drafts)
        {
            if (draft is { IsEasyRun: true } run && run.Minutes > R15EasyRunPrescription.MinMinutes(run.RunType!.Value)
                && (longest is null || run.Minutes > longest.Minutes))
            {
                longest = run;
            }
        }

        return longest;
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
                AddOnce(R18LoadAndMonotony.Id, new Reason(ReasonKeys.WarningLoadUniform, ReasonArguments.Of(week)));
                return;
            }

            longest.Minutes -= R15EasyRunPrescription.StepMinutes;
        }
    }
}
