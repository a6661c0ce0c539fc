using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R4 Lift focus and main lifts: with 2 lift days fbA = squat + bench and fbB = deadlift + press; with 3 lift days
/// upper = bench + press, lower = squat + lunges, full = deadlift + pull/press assistance. "Each of the four main
/// lifts gets exactly one 5/3/1 main block per week", and squat, deadlift and lunge appear every week.
/// </summary>
public static class R04LiftSplit
{
    public const string Id = "R4";

    public const string SquatName = "Back squat";
    public const string BenchPressName = "Bench press";
    public const string DeadliftName = "Deadlift";
    public const string OverheadPressName = "Overhead press";
    public const string LungeName = "Walking lunge";
    public const string ChinUpName = "Chin-up";
    public const string RowName = "Dumbbell row";
    public const string PushUpName = "Push-up";

    /// <summary>[PRODUCT] planned minutes per lift day: full 5/3/1 day, without supplemental sets, deload.</summary>
    public const int TwoLiftMainsMinutes = 70;
    public const int OneLiftMainMinutes = 60;
    public const int UpperDayMinutes = 55;
    public const int TrimmedMinutes = 45;
    public const int DeloadMinutes = 45;

    public static string NameOf(MainLift lift) => lift switch
    {
        MainLift.Squat => SquatName,
        MainLift.BenchPress => BenchPressName,
        MainLift.Deadlift => DeadliftName,
        _ => OverheadPressName,
    };

    internal static void Check(ref PlanView plan)
    {
        Span<int> counts = stackalloc int[plan.WeekCount * 5];
        Span<bool> adjusted = stackalloc bool[plan.WeekCount];
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var week = plan.Week[i];
            if (week < 0)
            {
                continue;
            }

            adjusted[week] |= plan.Sessions[i].Adjustment is not null;
            var exercises = PlanView.Items(plan.Sessions[i].Exercises);
            for (var e = 0; e < exercises.Length; e++)
            {
                var exercise = exercises[e];
                if (exercise is { Role: ExerciseRole.Main, MainLift: { } lift })
                {
                    counts[(week * 5) + (int)lift]++;
                }
                else if (exercise.Name == LungeName)
                {
                    counts[(week * 5) + 4]++;
                }
            }
        }

        for (var w = 0; w < plan.WeekCount; w++)
        {
            // R37 sets the lifting of a race block's taper and last ten days.
            if (plan.Block.Race is { } race && R37LiftingAroundRace.Governs(race.Goal, plan.Block.Weeks[w].Phase, plan.Block.Weeks[w].StartDate.AddDays(6)))
            {
                continue;
            }

            for (var lift = 0; lift < 4; lift++)
            {
                var count = counts[(w * 5) + lift];
                if (count > 1 || (count == 0 && !adjusted[w]))
                {
                    plan.AddForWeek(Id, w, new Reason(MainLiftCountKey((MainLift)lift), Of(w + 1), Of(count)));
                }
            }

            if (counts[(w * 5) + 4] == 0 && !adjusted[w])
            {
                plan.AddForWeek(Id, w, new Reason(ReasonKeys.FindingNoLunges, Of(w + 1)));
            }
        }
    }

    private static string MainLiftCountKey(MainLift lift) => lift switch
    {
        MainLift.Squat => ReasonKeys.FindingMainLiftCountSquat,
        MainLift.BenchPress => ReasonKeys.FindingMainLiftCountBenchPress,
        MainLift.Deadlift => ReasonKeys.FindingMainLiftCountDeadlift,
        _ => ReasonKeys.FindingMainLiftCountOverheadPress,
    };
}
