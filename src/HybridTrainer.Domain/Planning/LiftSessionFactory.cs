using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Writes out lift days: 5/3/1 main sets (R20, R21), BBB or FSL (R23), assistance with lunges every week (R4).</summary>
internal static class LiftSessionFactory
{
    private static readonly Exercise _lunges = Assistance(R04LiftSplit.LungeName, 3, 10);
    private static readonly Exercise _chinUps = Assistance(R04LiftSplit.ChinUpName, 3, 8);
    private static readonly Exercise _rows = Assistance(R04LiftSplit.RowName, 3, 10);
    private static readonly Exercise _pushUps = Assistance(R04LiftSplit.PushUpName, 3, 15);

    public static LiftFocus FocusOf(SlotRole role, bool twoLiftDays) => role switch
    {
        SlotRole.LiftUpper => LiftFocus.Upper,
        SlotRole.LiftA when !twoLiftDays => LiftFocus.Lower,
        _ => LiftFocus.FullBody,
    };

    /// <summary>Planned minutes and RPE (R18 defaults) for a lift draft.</summary>
    public static void Size(SessionDraft draft, bool twoLiftDays)
    {
        var upper = draft.Role == SlotRole.LiftUpper;
        draft.Rpe = draft.LiftDeload ? R18LoadAndMonotony.DeloadLiftRpe : upper ? R18LoadAndMonotony.UpperLiftRpe : R18LoadAndMonotony.LegLiftRpe;
        draft.Minutes = draft.LiftDeload ? R04LiftSplit.DeloadMinutes
            : draft.LiftTrimmed ? R04LiftSplit.TrimmedMinutes
            : twoLiftDays ? R04LiftSplit.TwoLiftMainsMinutes
            : upper ? R04LiftSplit.UpperDayMinutes : R04LiftSplit.OneLiftMainMinutes;
    }

    public static Exercise[] Exercises(SessionDraft draft, bool twoLiftDays, int programWeek, TrainingMaxes maxes)
    {
        var waveWeek = draft.LiftDeload ? R24Deload.DeloadWaveWeek : R24Deload.WaveWeek(programWeek);
        var withSupplemental = !draft.LiftDeload && !draft.LiftTrimmed;
        var list = new List<Exercise>(7);
        (MainLift? first, MainLift? second, Exercise[] assistance) = (draft.Role, twoLiftDays) switch
        {
            (SlotRole.LiftA, true) => (MainLift.Squat, MainLift.BenchPress, new[] { _lunges }),
            (SlotRole.LiftB, true) => (MainLift.Deadlift, MainLift.OverheadPress, new[] { _chinUps }),
            (SlotRole.LiftUpper, _) => (MainLift.BenchPress, MainLift.OverheadPress, new[] { _rows }),
            (SlotRole.LiftA, false) => (MainLift.Squat, (MainLift?)null, new[] { _lunges }),
            _ => (MainLift.Deadlift, (MainLift?)null, new[] { _chinUps, _pushUps }),
        };

        foreach (var lift in new[] { first, second })
        {
            if (lift is not { } main)
            {
                continue;
            }

            var tm = maxes.For(main);
            list.Add(new Exercise(R04LiftSplit.NameOf(main), main, ExerciseRole.Main, R20WeekPercentages.MainSets(waveWeek, tm)));
            if (withSupplemental)
            {
                list.Add(R23SupplementalVolume.SupplementalFor(main, programWeek, waveWeek, tm));
            }
        }

        list.AddRange(assistance);
        return [.. list];
    }

    private static Exercise Assistance(string name, int sets, int reps)
    {
        var set = new ExerciseSet(reps, null, null, false);
        var all = new ExerciseSet[sets];
        Array.Fill(all, set);
        return new Exercise(name, null, ExerciseRole.Assistance, all);
    }
}
