using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Race blocks (R31–R39): phases, the long run, race-specific quality, the taper and the race week.</summary>
internal sealed partial class BlockBuilder
{
    private int[] _longPlan = [];
    private int _longPeakWeek;
    private int _longestLong;
    private int? _lastLong;
    private int _lastPreTaperLong;
    private int _lastPreTaperMinutes;
    private int _tempoNumber;
    private int _vo2Number;
    private int _racePaceNumber;
    private int _lastTempoWork = R34RaceSpecificQuality.TempoMinMinutes;
    private int _lastBouts = 4;
    private int _peakWeekMinutes;

    private RaceDistance Distance => _race!.Goal.Distance;

    private int TaperWeeks => R32RacePhases.TaperWeeks(Distance);

    /// <summary>
    /// Long-run minutes of the non-deload weeks up to the taper: counted back from the peak week (the latest non-deload
    /// week 3–5 weeks before the race) in 15-minute steps, then 15 min under the peak until the taper (R33).
    /// </summary>
    private int[] LongRunPlan()
    {
        var plan = new int[_weekCount + 1];
        var preTaper = _weekCount - TaperWeeks;
        var peakWeek = preTaper;
        for (var w = Math.Max(1, _weekCount - R33LongRun.PeakWeeksBeforeRaceMax - 1); w <= Math.Min(preTaper, _weekCount - R33LongRun.PeakWeeksBeforeRaceMin - 1); w++)
        {
            peakWeek = R24Deload.IsDeloadWeek(w) ? peakWeek : w;
        }

        _longPeakWeek = peakWeek;
        var peak = R33LongRun.PeakTargetMinutes(Distance);
        var steps = 0;
        for (var w = peakWeek; w >= 1; w--)
        {
            if (!R24Deload.IsDeloadWeek(w))
            {
                plan[w] = Math.Max(R33LongRun.MinMinutes, peak - (R33LongRun.MaxGrowthMinutes * steps++));
            }
        }

        for (var w = peakWeek + 1; w <= preTaper; w++)
        {
            plan[w] = peak - R33LongRun.MaxGrowthMinutes;
        }

        return plan;
    }

    /// <summary>Turns a drafted week into its race-block form; returns the drafts (some may be removed or added).</summary>
    private void RaceWeek(SessionDraft?[] drafts, int week, DateOnly weekStart, TrainingPhase phase)
    {
        var taperWeek = phase == TrainingPhase.Taper ? week - (_weekCount - TaperWeeks) : 0;
        var deload = R24Deload.IsDeloadWeek(week);
        var longRun = Array.Find(drafts, d => d is { Role: SlotRole.Steady });
        var quality = Array.Find(drafts, d => d is { Role: SlotRole.Quality });
        if (longRun is not null && taperWeek < TaperWeeks)
        {
            longRun.RunType = RunType.Long;
            longRun.Rpe = R33LongRun.Rpe;
            longRun.Minutes = LongRunMinutes(week, deload, taperWeek);
        }

        if (quality is { IsEasyRun: false } && phase == TrainingPhase.Build)
        {
            var buildIndex = week - R32RacePhases.BaseWeeks(_weekCount - TaperWeeks) - 1;
            if (R34RaceSpecificQuality.IsRacePaceLongRunWeek(Distance, buildIndex) && longRun?.RunType == RunType.Long)
            {
                MakeEasy(quality, RunType.Steady, QualityChange.None);
                longRun.RacePaceMinutes = R34RaceSpecificQuality.RacePaceMinutes(++_racePaceNumber);
                longRun.Rpe = R33LongRun.RacePaceRpe;
            }
            else if (R34RaceSpecificQuality.IsRaceSpecificWeek(buildIndex) || Distance == RaceDistance.Marathon)
            {
                RaceSpecific(quality, half: false);
            }
        }
        else if (quality is { IsEasyRun: false } && taperWeek > 0)
        {
            RaceSpecific(quality, half: true);
        }

        if (longRun is { RunType: RunType.Long } && longRun.IsHard)
        {
            HoldLongRunOnHardDay(drafts, longRun, quality);
        }

        foreach (var draft in drafts)
        {
            if (draft is null)
            {
                continue;
            }

            draft.TaperWeek = taperWeek;
            if (draft.IsLift && (taperWeek > 0 || R37LiftingAroundRace.DaysBeforeRace(_race!.Goal, weekStart.AddDays(draft.Offset)) <= R37LiftingAroundRace.HeavyLowerBodyDays))
            {
                draft.Maintenance = true;
                draft.LiftDeload = true;
                LiftSessionFactory.Size(draft, _twoLiftDays);
            }
        }

        ApplyRaceDays(drafts, weekStart);
    }

    private int LongRunMinutes(int week, bool deload, int taperWeek)
    {
        int minutes;
        if (taperWeek > 0)
        {
            var (least, most) = R36Taper.Cut(TaperWeeks, taperWeek);
            minutes = Round5(_lastPreTaperLong * (1 - ((least + most) / 2)));
            var weeksOut = TaperWeeks - taperWeek;
            if (Distance == RaceDistance.Marathon)
            {
                minutes = Math.Min(minutes, weeksOut == 2 ? R36Taper.MarathonLongRunTwoWeeksOut : R36Taper.MarathonLongRunLastWeek);
            }
        }
        else if (deload)
        {
            minutes = Round5((_lastLong ?? _longPlan[Math.Max(1, week - 1)]) * R33LongRun.DeloadShare);
        }
        else
        {
            minutes = _lastLong is { } last ? Math.Min(_longPlan[week], last + R33LongRun.MaxGrowthMinutes) : _longPlan[week];
            if (week > _longPeakWeek && _longestLong > 0)
            {
                // A long run held back by R17 earlier must not catch up after the peak week: the peak stays 3–5 weeks out.
                minutes = Math.Min(minutes, _longestLong - R33LongRun.MaxGrowthMinutes);
            }
        }

        return Math.Max(R33LongRun.MinMinutes, minutes);
    }

    private static int Round5(double minutes) => (int)Math.Floor(minutes / R15EasyRunPrescription.StepMinutes) * R15EasyRunPrescription.StepMinutes;

    private void RaceSpecific(SessionDraft draft, bool half)
    {
        var type = R34RaceSpecificQuality.SessionFor(Distance);
        draft.RunType = type;
        draft.TaperHalf = half;
        draft.QualityNumber = 0;
        if (type == RunType.Tempo)
        {
            var work = half ? _lastTempoWork / 2 : R34RaceSpecificQuality.TempoWorkMinutes(++_tempoNumber);
            _lastTempoWork = half ? _lastTempoWork : work;
            draft.RaceReps = RunSessionFactory.TempoReps(work);
            draft.Minutes = RunSessionFactory.TempoMinutes(draft.RaceReps);
            draft.Rpe = R34RaceSpecificQuality.TempoRpe;
        }
        else
        {
            var bouts = half ? Math.Max(2, _lastBouts / 2) : R34RaceSpecificQuality.IntervalBouts(++_vo2Number, _race!.IntervalPace.SlowSecondsPerKm);
            _lastBouts = half ? _lastBouts : bouts;
            draft.RaceReps = bouts;
            draft.Minutes = RunSessionFactory.IntervalMinutes(bouts);
            draft.Rpe = R34RaceSpecificQuality.IntervalRpe;
        }
    }

    /// <summary>
    /// A long run of 75 min or more is hard on the legs (R33), so it needs one of the week's spaced hard days (R5): the
    /// quality slot when that run is easy, else the second leg day, whose lifts then go to deload percentages.
    /// </summary>
    private static void HoldLongRunOnHardDay(SessionDraft?[] drafts, SessionDraft longRun, SessionDraft? quality)
    {
        var target = quality is { IsEasyRun: true } ? quality : Array.Find(drafts, d => d is { Role: SlotRole.LiftB });
        if (target is null)
        {
            return;
        }

        if (target.IsLift && !target.LiftDeload)
        {
            target.LiftDeload = true;
            target.LongRunLight = true;
            LiftSessionFactory.Size(target, twoLiftDays: true);
        }

        (drafts[longRun.Offset], drafts[target.Offset]) = (target, longRun);
        (longRun.Offset, target.Offset) = (target.Offset, longRun.Offset);
    }

    /// <summary>
    /// The days around the race (R36–R38): the race on its date, rest or a shakeout the day before, no hard running in
    /// the last 3 days, lifting cut back over the last 10 days, recovery only after the race.
    /// </summary>
    private void ApplyRaceDays(SessionDraft?[] drafts, DateOnly weekStart)
    {
        var goal = _race!.Goal;
        for (var offset = 0; offset < 7; offset++)
        {
            var before = R37LiftingAroundRace.DaysBeforeRace(goal, weekStart.AddDays(offset));
            if (before > R37LiftingAroundRace.HeavyLowerBodyDays)
            {
                continue;
            }

            var draft = drafts[offset];
            if (before == 0)
            {
                drafts[offset] = new SessionDraft { Offset = offset, Role = SlotRole.Steady, RunType = RunType.Race, Rpe = R38RaceWeek.RaceRpe, Minutes = R38RaceWeek.RaceMinutes(_race), TaperWeek = draft?.TaperWeek ?? TaperWeeks };
                continue;
            }

            if (draft is null)
            {
                continue;
            }

            if (draft.IsLift)
            {
                var lowerOnly = !_twoLiftDays && draft.Role != SlotRole.LiftUpper;
                if (before <= R37LiftingAroundRace.NoLiftDays || (before <= R37LiftingAroundRace.LowerBodyDays && lowerOnly)
                    || (before < 0 && lowerOnly))
                {
                    drafts[offset] = null;
                }
                else if (before <= R37LiftingAroundRace.LowerBodyDays || before < 0)
                {
                    draft.UpperOnly = true;
                    LiftSessionFactory.Size(draft, _twoLiftDays);
                }

                continue;
            }

            if (before == 1)
            {
                (draft.RunType, draft.Minutes, draft.Rpe, draft.RacePaceMinutes) = (RunType.Shakeout, R38RaceWeek.ShakeoutMinutes, R38RaceWeek.ShakeoutRpe, 0);
            }
            else if (before < 0 || (before <= R36Taper.NoIntensityDaysBeforeRace && !draft.IsEasyRun))
            {
                MakeEasy(draft, RunType.Recovery, QualityChange.None);
                draft.AfterRace = before < 0;
                draft.RacePaceMinutes = 0;
            }
        }

        KeepRecoveryRun(drafts);
    }

    /// <summary>
    /// The M-pace segment fits R8's 80 % easy minutes once the week is sized; a segment under R34's 20 min is left out
    /// and the long run stays easy.
    /// </summary>
    private static void FitRacePaceSegment(SessionDraft?[] drafts)
    {
        FitTempo(drafts);
        var longRun = Array.Find(drafts, d => d is { RacePaceMinutes: > 0 });
        if (longRun is null)
        {
            return;
        }

        double total = 0, otherHard = 0;
        foreach (var d in drafts)
        {
            if (d is { IsLift: false, RunType: not RunType.Race })
            {
                total += d.Minutes;
                otherHard += d.RunType is RunType.Tempo or RunType.VO2Intervals or RunType.Interval or RunType.Hill ? d.Minutes - R13WarmUpCoolDown.WarmUpMinutes - R13WarmUpCoolDown.CoolDownMinutes : 0;
            }
        }

        var allowed = Round5(((1 - R08IntensityDistribution.MinimumEasyMinutesShare) * total) - otherHard);
        longRun.RacePaceMinutes = Math.Min(longRun.RacePaceMinutes, allowed);
        if (longRun.RacePaceMinutes < R34RaceSpecificQuality.RacePaceMinMinutes)
        {
            (longRun.RacePaceMinutes, longRun.Rpe) = (0, R33LongRun.Rpe);
        }
    }

    /// <summary>Running minutes of a week without the race, which R8 leaves out (R38).</summary>
    private static int MinutesBesideRace(SessionDraft?[] drafts)
    {
        var minutes = 0;
        foreach (var d in drafts)
        {
            minutes += d is { IsLift: false, RunType: not RunType.Race } ? d.Minutes : 0;
        }

        return minutes;
    }

    /// <summary>Tempo minutes fit R8's 80 % easy minutes: fewer cruise reps, or an easy run when under R34's 20 min outside the taper.</summary>
    private static void FitTempo(SessionDraft?[] drafts)
    {
        var tempo = Array.Find(drafts, d => d is { RunType: RunType.Tempo });
        if (tempo is null)
        {
            return;
        }

        // Fewer reps also shorten the week, so the share is re-measured after each cut.
        var repMinutes = R34RaceSpecificQuality.CruiseRepSeconds / 60;
        while (tempo.RaceReps * repMinutes > (1 - R08IntensityDistribution.MinimumEasyMinutesShare) * MinutesBesideRace(drafts))
        {
            if ((tempo.RaceReps - 1) * repMinutes < R34RaceSpecificQuality.TempoMinMinutes && !tempo.TaperHalf || tempo.RaceReps <= 1)
            {
                MakeEasy(tempo, RunType.Steady, QualityChange.None);
                tempo.TaperHalf = false;
                return;
            }

            tempo.RaceReps--;
            tempo.Minutes = RunSessionFactory.TempoMinutes(tempo.RaceReps);
        }
    }

    /// <summary>A week of three or more runs keeps a recovery run (R30) when the shakeout took the recovery day.</summary>
    private static void KeepRecoveryRun(SessionDraft?[] drafts)
    {
        var runs = 0;
        SessionDraft? easiest = null;
        foreach (var d in drafts)
        {
            if (d is null || d.IsLift)
            {
                continue;
            }

            runs++;
            if (d.RunType == RunType.Recovery)
            {
                return;
            }

            if (d.RunType is not (RunType.Race or RunType.Shakeout) && (easiest is null || (d.IsEasyRun && !easiest.IsEasyRun)))
            {
                easiest = d;
            }
        }

        if (runs >= R30RecoveryPrompts.RunsNeedingRecoveryRun && easiest is not null)
        {
            MakeEasy(easiest, RunType.Recovery, QualityChange.None);
            easiest.RacePaceMinutes = 0;
        }
    }

    /// <summary>
    /// A taper week's running minutes land in the middle of R36's cut against the last pre-taper week (the race itself
    /// not counted): easy runs and the long run give or take 5-minute steps within their limits.
    /// </summary>
    private void FitTaper(SessionDraft?[] drafts, int taperWeek)
    {
        var (least, most) = R36Taper.Cut(TaperWeeks, taperWeek);
        var target = (int)Math.Floor(_lastPreTaperMinutes * (1 - ((least + most) / 2)));
        var ceiling = (int)Math.Floor(_lastPreTaperMinutes * (1 - least));
        int Total()
        {
            var total = 0;
            foreach (var d in drafts)
            {
                total += d is { IsLift: false, RunType: not RunType.Race } ? d.Minutes : 0;
            }

            return total;
        }

        var step = R15EasyRunPrescription.StepMinutes;
        while (Total() > target && TaperShortenable(drafts) is { } run)
        {
            run.Minutes -= step;
        }

        var grown = true;
        while (grown && Total() + step <= target)
        {
            grown = false;
            foreach (var d in drafts)
            {
                if (d is { IsEasyRun: true, AfterRace: false } && d.Minutes + step <= R15EasyRunPrescription.MaxMinutes(d.RunType!.Value) && Total() + step <= target)
                {
                    d.Minutes += step;
                    grown = true;
                }
            }
        }

        // Very small volumes cannot fall far enough by shortening alone: one easy run goes (R36 allows one run fewer),
        // then the short intensity session becomes an easy one.
        if (Total() > ceiling && LeastNeededEasyRun(drafts) is { } spare)
        {
            drafts[spare.Offset] = null;
        }

        if (Total() > ceiling && Array.Find(drafts, d => d is { IsLift: false, IsEasyRun: false } && d.RunType is not (RunType.Race or RunType.Shakeout or RunType.Long)) is { } intensity)
        {
            MakeEasy(intensity, RunType.Recovery, QualityChange.None);
            intensity.RacePaceMinutes = 0;
        }

        while (Total() > ceiling && TaperShortenable(drafts) is { } run)
        {
            run.Minutes -= step;
        }

        if (Total() > ceiling)
        {
            AddOnce(R36Taper.Id, new Reason(ReasonKeys.WarningTaperShort, ReasonArguments.Of(taperWeek), ReasonArguments.Of(Total()), ReasonArguments.Of(_lastPreTaperMinutes)));
        }
    }

    /// <summary>The easy run a taper week can drop: a steady run first, a recovery run only if another one stays (R30).</summary>
    private static SessionDraft? LeastNeededEasyRun(SessionDraft?[] drafts)
    {
        var recoveries = 0;
        foreach (var d in drafts)
        {
            recoveries += d?.RunType == RunType.Recovery ? 1 : 0;
        }

        return Array.Find(drafts, d => d?.RunType == RunType.Steady)
            ?? (recoveries > 1 ? Array.Find(drafts, d => d?.RunType == RunType.Recovery) : null);
    }

    private static SessionDraft? TaperShortenable(SessionDraft?[] drafts)
    {
        SessionDraft? longest = null;
        foreach (var d in drafts)
        {
            var min = d?.RunType switch
            {
                RunType.Long => R33LongRun.MinMinutes,
                RunType.Steady or RunType.Recovery => R15EasyRunPrescription.MinMinutes(d.RunType!.Value),
                RunType.Shakeout => R38RaceWeek.ShakeoutMinMinutes,
                _ => int.MaxValue,
            };
            if (d is not null && d.Minutes - R15EasyRunPrescription.StepMinutes >= min && (longest is null || d.Minutes > longest.Minutes))
            {
                longest = d;
            }
        }

        return longest;
    }

    /// <summary>After each week: what the next weeks measure against (R33 growth, R36 taper, R35 peak).</summary>
    private void TrackRaceWeek(TrainingWeek week, TrainingPhase phase)
    {
        var longRun = week.Sessions.FirstOrDefault(s => s.RunType == RunType.Long);
        if (phase != TrainingPhase.Taper)
        {
            if (longRun is not null && !R24Deload.IsDeloadWeek(week.ProgramWeek))
            {
                _lastLong = longRun.DurationMinutes;
                _lastPreTaperLong = longRun.DurationMinutes;
                _longestLong = Math.Max(_longestLong, longRun.DurationMinutes);
            }

            _lastPreTaperMinutes = week.PlannedRunMinutes;
            _peakWeekMinutes = Math.Max(_peakWeekMinutes, week.PlannedRunMinutes);
        }
    }

    private void AddRaceWarnings()
    {
        if (R35VolumeTargets.ShortfallWarning(Distance, _peakWeekMinutes) is { } shortfall)
        {
            _warnings.Add(new PlanWarning(R35VolumeTargets.Id, shortfall));
        }

        if (_race!.GoalVdot is { } goalVdot && !_race.UsesGoalPace)
        {
            _warnings.Add(new PlanWarning(R39RacePrediction.Id, new Reason(ReasonKeys.WarningGoalAmbitious,
                ReasonArguments.Of(goalVdot, "0.0"), ReasonArguments.Of(R39RacePrediction.MaxGoalVdotAboveCurrent, "0"), ReasonArguments.Of(_race.Prediction.Vdot, "0.0"),
                ReasonArguments.Of(_race.PredictedTime))));
        }
    }
}
