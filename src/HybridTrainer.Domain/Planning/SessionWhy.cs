using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>
/// The "why" lines: one sentence on why the session is in the week, one on why it sits on that day, and for runs
/// without a 5 km time one on how hard to go.
/// </summary>
internal static class SessionWhy
{
    // Sentences that depend only on a few constants are written once: a block asks for them on most of its days.
    private static readonly string _deloadSprints = DeloadQualityLine(RunType.Interval);
    private static readonly string _deloadHills = DeloadQualityLine(RunType.Hill);
    private static readonly string _byFeelRecovery = ByFeelLine(R15EasyRunPrescription.RecoveryRpe);
    private static readonly string _byFeelSteady = ByFeelLine(R15EasyRunPrescription.SteadyRpe);

    // The day line after a hard run, for a lift or a run today, indexed by the run's type (the last entry: no type).
    private static readonly (string Lift, string Run)[] _afterHardRun = AfterHardRunLines();

    public static string[] For(SessionDraft draft, SessionDraft? yesterday, bool twoLiftDays, bool hasPaces, HeartRateZones? heartRate)
    {
        var what = What(draft, twoLiftDays);
        var day = Day(draft, yesterday);
        var effort = hasPaces || draft.IsLift ? null : Effort(draft, heartRate);
        return effort is null ? [what, day] : [what, day, effort];
    }

    private static string What(SessionDraft draft, bool twoLiftDays)
    {
        if (draft.IsLift)
        {
            if (draft.UpperOnly)
            {
                return "Upper body only: no lower-body lifting in the last 5 days before the race or in the recovery days after it (R37, R38).";
            }

            if (draft.Maintenance)
            {
                return "Maintenance dose close to the race: one set of 5 at 75 % of your training max per lift keeps your strength while the legs freshen up (R37).";
            }

            if (draft.LongRunLight)
            {
                return "Light 40/50/60 % sets this week: the long run of 75 minutes or more is this week's other hard leg day (R33, R5).";
            }

            if (draft.LiftIntro)
            {
                return "Light 40/50/60 % sets this week: your recent training load was much lower than this plan, so the week builds in gently (R17).";
            }

            if (draft.LiftDeload)
            {
                return "Deload week: 40/50/60 % sets with no AMRAP let the last three weeks of lifting sink in (R24).";
            }

            return (draft.Role, twoLiftDays) switch
            {
                (SlotRole.LiftA, true) => "Full-body day A: squat and bench press each get their one 5/3/1 block of the week, with lunges (R4).",
                (SlotRole.LiftB, true) => "Full-body day B: deadlift and overhead press each get their one 5/3/1 block of the week (R4).",
                (SlotRole.LiftUpper, _) => "Upper-body day: bench and overhead press with Boring But Big sets for size (R4, R23).",
                (SlotRole.LiftA, false) => "Lower-body day: squat with lighter First Set Last volume plus lunges, because running already works the legs (R4, R23).",
                _ => "Full-body day: deadlift plus pulling and pressing assistance (R4).",
            };
        }

        if (draft.DeloadQuality)
        {
            return draft.RunType == RunType.Interval ? _deloadSprints : _deloadHills;
        }

        return draft.RunType switch
        {
            RunType.Long when draft.RacePaceMinutes > 0 => $"Long run with {draft.RacePaceMinutes} min at marathon pace near the end: it is this week's quality session and rehearses race day (R34, R33).",
            RunType.Long when draft.TaperWeek > 0 => "Shorter long run: the taper cuts volume so you arrive fresh, while keeping the habit of the long run (R36, R33).",
            RunType.Long => "Long run at easy pace: the week's key endurance session, growing by at most 15 minutes a week towards its peak (R33).",
            RunType.Tempo when draft.TaperHalf => "Short tempo run in the taper: about half the usual minutes keep the feel of threshold pace without tiring you (R36, R34).",
            RunType.Tempo => "Tempo run at threshold (T) pace: the race-specific session of a half or full marathon build (R34).",
            RunType.VO2Intervals when draft.TaperHalf => "Short I-pace intervals in the taper: half the usual bouts keep the legs sharp (R36, R34).",
            RunType.VO2Intervals => "I-pace intervals of 3 minutes near VO2max: the race-specific session of a 5 or 10 km build, distinct from the short sprint series (R34).",
            RunType.Shakeout => "Shakeout the day before the race: 20 minutes easy with four 20-second strides to stay loose (R38).",
            RunType.Race => "Race day: the predicted time from your current fitness sets the pace; start controlled and run even splits (R38, R39).",
            RunType.Recovery when draft.AfterRace => "Recovery run after the race: easy running only until the legs have recovered (R38).",
            RunType.Recovery when draft.TaperWeek > 0 => "Easy run in race week: no hard running in the last 3 days before the race (R36).",
            RunType.Interval => "Sprint series this week: the quality run alternates with hill repeats week by week (R3), with near-complete rests so every rep stays fast (R11).",
            RunType.Hill => "Hill repeats this week instead of sprints: the quality run alternates weekly (R3).",
            RunType.Recovery => "Short conversational recovery run to loosen the legs between harder days (R30).",
            _ => draft.QualityChange switch
            {
                QualityChange.NoviceGate => "Easy running only for now: sprint series and hills start once you have four weeks of running base (R1).",
                QualityChange.Spacing => "This is the quality-run slot, but your available days sit next to the heavy leg days, so it stays an easy run (R5).",
                QualityChange.LoadGuard => "Easy run in place of the quality run: your recent training load was much lower than this plan (R17).",
                _ => "Steady aerobic run to build your engine; most of your running stays easy (R8).",
            },
        };
    }

    private static string Day(SessionDraft draft, SessionDraft? yesterday)
    {
        if (draft.IsHard)
        {
            return "Placed with an easy or rest day between it and every other hard-leg session (R5).";
        }

        if (yesterday is { IsHard: true })
        {
            if (yesterday.IsLift)
            {
                return draft.IsLift
                    ? "No heavy legs today: yesterday was a heavy leg session (R5)."
                    : "Easy today because yesterday was a heavy leg session; legs get 24 h before the next hard effort (R5).";
            }

            var lines = _afterHardRun[yesterday.RunType is { } type && (int)type < _afterHardRun.Length - 1 ? (int)type : _afterHardRun.Length - 1];
            return draft.IsLift ? lines.Lift : lines.Run;
        }

        return "On one of your available days, away from the hard-leg sessions (R2).";
    }

    // The hard run named as the athlete knows it, with the rules that space it from the next hard effort.
    private static (string What, string Rules) HardRun(RunType? type) => type switch
    {
        RunType.Interval => ("sprint series", "R5, R6"),
        RunType.Hill => ("hill repeats", "R5, R6"),
        RunType.Tempo => ("a tempo run", "R5, R34"),
        RunType.VO2Intervals => ("VO2max intervals", "R5, R34"),
        RunType.Long => ("the long run", "R5, R33"),
        RunType.Race => ("the race", "R5, R38"),
        _ => ("a hard session", "R5"),
    };

    private static string? Effort(SessionDraft draft, HeartRateZones? heartRate)
    {
        if (draft.RunType is RunType.Interval)
        {
            return "No 5 km time yet: run each rep at RPE 9, fast but relaxed; the rep time shown is an estimate (R9).";
        }

        if (draft.RunType is RunType.Hill)
        {
            return "Run each climb at RPE 8–9, about mile-race effort, and walk or jog back down (R12).";
        }

        var band = draft.RunType == RunType.Recovery ? heartRate?.Recovery : heartRate?.Steady;
        var rpe = draft.RunType == RunType.Recovery ? R15EasyRunPrescription.RecoveryRpe : R15EasyRunPrescription.SteadyRpe;
        if (band is null)
        {
            return draft.RunType == RunType.Recovery ? _byFeelRecovery : _byFeelSteady;
        }

        return $"No 5 km time yet: run at RPE {rpe} with heart rate {band.LowBpm}–{band.HighBpm} bpm (R15).";
    }

    private static string DeloadQualityLine(RunType type) =>
        $"{(type == RunType.Interval ? "Sprint series" : "Hill repeats")} in the deload week: your other weeks keep the quality run easy because the days sit next to heavy leg days, but this week's light lifts leave room for it (R24, R3).";

    private static string ByFeelLine(int rpe) => $"No 5 km time yet: run by feel at RPE {rpe}, able to talk in full sentences (R15).";

    private static (string Lift, string Run)[] AfterHardRunLines()
    {
        var types = Enum.GetValues<RunType>();
        var lines = new (string Lift, string Run)[types.Length + 1];
        for (var i = 0; i < lines.Length; i++)
        {
            var (what, rules) = HardRun(i < types.Length ? types[i] : null);
            lines[i] = ($"No heavy legs today: yesterday was {what} ({rules}).",
                $"Easy today because yesterday was {what}; legs get 24 h before the next hard effort ({rules}).");
        }

        return lines;
    }
}
