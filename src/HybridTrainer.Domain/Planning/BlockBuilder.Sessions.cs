using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Writing the drafts out as sessions, and the block-level advice that depends on them.</summary>
internal sealed partial class BlockBuilder
{
    private PlannedSession[] Materialize(SessionDraft?[] drafts, int week, DateOnly weekStart, TrainingMaxes maxes)
    {
        int count = 0, runs = 0;
        foreach (var draft in drafts)
        {
            count += draft is null ? 0 : 1;
            runs += draft is { IsLift: false } ? 1 : 0;
        }

        _shoes.StartWeek(runs);
        var sessions = new PlannedSession[count];
        var n = 0;
        foreach (var draft in drafts)
        {
            if (draft is null)
            {
                continue;
            }

            var yesterday = draft.Offset > 0 ? drafts[draft.Offset - 1] : _previousWeek?[6];
            var why = SessionWhy.For(draft, yesterday, _twoLiftDays, _paces is not null, _heartRate);
            var date = weekStart.AddDays(draft.Offset);
            sessions[n++] = draft.IsLift ? Lift(draft, week, date, maxes, why) : Run(draft, date, why);
        }

        _previousWeek = drafts;
        return sessions;
    }

    private PlannedSession Lift(SessionDraft draft, int week, DateOnly date, TrainingMaxes maxes, Reason[] why) =>
        new(date, SessionKind.Lift, null, draft.UpperOnly ? LiftFocus.Upper : LiftSessionFactory.FocusOf(draft.Role, _twoLiftDays), draft.Minutes, draft.Rpe, null,
            LiftSessionFactory.Exercises(draft, _twoLiftDays, week, maxes), why)
        {
            IsDeload = draft.LiftDeload,
            FoamRollingPrompt = draft.IsHard ? R30RecoveryPrompts.FoamRollingPrompt : null,
            Adjustment = draft.Lightened ? R17AcuteChronicRatio.Id : null,
        };

    private PlannedSession Run(SessionDraft draft, DateOnly date, Reason[] why)
    {
        var type = draft.RunType!.Value;
        var number = type switch
        {
            RunType.Interval => ++_intervalNumber,
            RunType.Hill => ++_hillNumber,
            _ => 0,
        };
        var run = _race is null || type is RunType.Steady or RunType.Recovery or RunType.Interval or RunType.Hill
            ? _runs.Prescribe(type, draft.Minutes, number)
            : _runs.PrescribeRace(type, draft.Minutes, draft.RaceReps, draft.RacePaceMinutes);
        return new PlannedSession(date, SessionKind.Run, type, null, draft.Minutes, draft.Rpe, run, [], why)
        {
            ShoeId = _shoes.Next(type, draft.Minutes),
            Adjustment = draft.Lightened ? R17AcuteChronicRatio.Id : null,
        };
    }

    /// <summary>Daniels' R-volume guide (≤ 5 % of weekly km, ≤ 8 km) is advice only: the 6–8 series win (R10).</summary>
    private void AdviseRepetitionVolume(PlannedSession[] sessions, int week)
    {
        if (_runs.WeeklyKm(sessions) is not { } weeklyKm)
        {
            return;
        }

        foreach (var session in sessions)
        {
            if (session is { RunType: RunType.Interval, Run: { } run })
            {
                var repetitionKm = (run.Repetitions ?? 0) * (run.RepetitionDistanceMeters ?? 0) / 1000.0;
                var cap = Math.Min(R10SeriesCount.VolumeCapKm, R10SeriesCount.VolumeCapShareOfWeeklyKm * weeklyKm);
                if (repetitionKm > cap)
                {
                    AddOnce(R10SeriesCount.Id, new Reason(ReasonKeys.WarningSprintSeriesVolume, ReasonArguments.Of(week), ReasonArguments.Of(repetitionKm, "0.0"), ReasonArguments.Of(cap, "0.0")));
                }
            }
        }
    }

    private void AddShoeWarnings()
    {
        var shoes = _profile.Shoes;
        int usable = 0, cushioned = 0;
        foreach (var shoe in shoes)
        {
            if (!R29ShoeRetirement.IsRetired(shoe))
            {
                usable++;
                cushioned += shoe.Kind == Athletes.ShoeKind.Cushioned ? 1 : 0;
            }
        }

        if (usable == 0)
        {
            _warnings.Add(new PlanWarning(R28ShoeRotation.Id, new Reason(ReasonKeys.WarningShoesNone)));
        }
        else if (cushioned == 0)
        {
            _warnings.Add(new PlanWarning(R28ShoeRotation.Id, new Reason(ReasonKeys.WarningShoesNoCushioned)));
        }
        else if (usable < 2)
        {
            _warnings.Add(new PlanWarning(R28ShoeRotation.Id, new Reason(ReasonKeys.WarningShoesSecondPair)));
        }

        foreach (var shoe in shoes)
        {
            if (R29ShoeRetirement.IsRetired(shoe))
            {
                _warnings.Add(new PlanWarning(R29ShoeRetirement.Id, new Reason(ReasonKeys.WarningShoeRetired, shoe.Name, ReasonArguments.Of(shoe.Km, "0"), ReasonArguments.Of(R29ShoeRetirement.RetireKm, "0"))));
            }
            else if (R29ShoeRetirement.IsWorn(shoe))
            {
                _warnings.Add(new PlanWarning(R29ShoeRetirement.Id, new Reason(ReasonKeys.WarningShoeWorn, shoe.Name, ReasonArguments.Of(shoe.Km, "0"), ReasonArguments.Of(R29ShoeRetirement.RetireKm, "0"))));
            }
        }
    }
}
