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
        var upper = draft.Role == SlotRole.LiftUpper || draft.UpperOnly;
        if (draft.Maintenance || draft.UpperOnly)
        {
            // R37: a maintenance dose is a light session, like a deload one.
            draft.Rpe = R18LoadAndMonotony.DeloadLiftRpe;
            draft.Minutes = draft.UpperOnly ? R37LiftingAroundRace.UpperOnlyMinutes : R37LiftingAroundRace.MaintenanceMinutes;
            return;
        }

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
        (MainLift first, MainLift? second, Exercise assistance, Exercise? moreAssistance) = (draft.Role, twoLiftDays) switch
        {
            (SlotRole.LiftA, true) => (MainLift.Squat, MainLift.BenchPress, _lunges, null),
            (SlotRole.LiftB, true) => (MainLift.Deadlift, MainLift.OverheadPress, _chinUps, null),
            (SlotRole.LiftUpper, _) => (MainLift.BenchPress, MainLift.OverheadPress, _rows, null),
            (SlotRole.LiftA, false) => (MainLift.Squat, (MainLift?)null, _lunges, null),
            _ => (MainLift.Deadlift, (MainLift?)null, _chinUps, _pushUps),
        };

        if (draft.Maintenance || draft.UpperOnly)
        {
            return Maintenance(draft, first, second, assistance, maxes);
        }

        var perLift = withSupplemental ? 2 : 1;
        var exercises = new Exercise[(perLift * (second is null ? 1 : 2)) + (moreAssistance is null ? 1 : 2)];
        var n = AddMain(exercises, 0, first, withSupplemental, programWeek, waveWeek, maxes);
        if (second is { } other)
        {
            n = AddMain(exercises, n, other, withSupplemental, programWeek, waveWeek, maxes);
        }

        exercises[n++] = assistance;
        if (moreAssistance is not null)
        {
            exercises[n] = moreAssistance;
        }

        return exercises;
    }

    private static int AddMain(Exercise[] exercises, int n, MainLift lift, bool withSupplemental, int programWeek, int waveWeek, TrainingMaxes maxes)
    {
        var tm = maxes.For(lift);
        exercises[n++] = new Exercise(R04LiftSplit.NameOf(lift), lift, ExerciseRole.Main, R20WeekPercentages.MainSets(waveWeek, tm));
        if (withSupplemental)
        {
            exercises[n++] = R23SupplementalVolume.SupplementalFor(lift, programWeek, waveWeek, tm);
        }

        return n;
    }

    /// <summary>R37 maintenance dose: one set of 5 at 75 % TM per main lift, two assistance sets; lower body left out when upper-only.</summary>
    private static Exercise[] Maintenance(SessionDraft draft, MainLift first, MainLift? second, Exercise assistance, TrainingMaxes maxes)
    {
        var exercises = new List<Exercise>(3);
        foreach (var lift in second is { } other ? [first, other] : new[] { first })
        {
            if (!(draft.UpperOnly && R37LiftingAroundRace.IsLowerBody(lift)))
            {
                exercises.Add(new Exercise(R04LiftSplit.NameOf(lift), lift, ExerciseRole.Main, [R37LiftingAroundRace.MaintenanceSet(maxes.For(lift))]));
            }
        }

        if (!(draft.UpperOnly && assistance.Name == R04LiftSplit.LungeName))
        {
            exercises.Add(assistance with { Sets = [.. assistance.Sets.Take(R37LiftingAroundRace.MaxAssistanceSets)] });
        }

        return [.. exercises];
    }

    private static Exercise Assistance(string name, int sets, int reps)
    {
        var set = new ExerciseSet(reps, null, null, false);
        var all = new ExerciseSet[sets];
        Array.Fill(all, set);
        return new Exercise(name, null, ExerciseRole.Assistance, all);
    }
}
