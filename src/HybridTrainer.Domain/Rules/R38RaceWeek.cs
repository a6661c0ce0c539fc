using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R38 Race week and recovery: the race is a session of its own (H, planned RPE 9, duration = predicted time); the
/// day before is rest or a shakeout (15–20 min easy + 4 × 20 s strides); after the race no H session for 5 km 2,
/// 10 km 3, half 5, marathon 10 days [PRODUCT], those days holding only recovery runs and upper-body lifts.
/// </summary>
public static class R38RaceWeek
{
    public const string Id = "R38";

    public const int RaceRpe = 9;

    public const int ShakeoutMinutes = 20;

    public const int ShakeoutMinMinutes = 15;

    public const int Strides = 4;

    public const int StrideSeconds = 20;

    public const int StrideRecoverySeconds = 60;

    public const int ShakeoutRpe = 3;

    public static int RecoveryDays(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => 2,
        RaceDistance.TenK => 3,
        RaceDistance.HalfMarathon => 5,
        _ => 10,
    };

    /// <summary>Planned race minutes: the predicted time, rounded up to the minute.</summary>
    public static int RaceMinutes(RacePlan race) => (int)Math.Ceiling(race.PredictedTime.TotalMinutes - 1e-9);

    internal static void Check(ref PlanView plan)
    {
        if (plan.Block.Race is not { } race)
        {
            return;
        }

        var raceDay = race.Goal.RaceDate.DayNumber;
        var races = 0;
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            var day = session.Date.DayNumber;
            if (session.RunType == RunType.Race)
            {
                races++;
                if (day != raceDay)
                {
                    plan.Add(Id, new Reason(ReasonKeys.FindingRaceDate, Of(session.Date), Of(race.Goal.RaceDate)), session);
                }
                else if (session.PlannedRpe != RaceRpe || session.DurationMinutes != RaceMinutes(race))
                {
                    plan.Add(Id, new Reason(ReasonKeys.FindingRaceEffort, Of(session.PlannedRpe), Of(session.DurationMinutes), Of(RaceRpe), Of(RaceMinutes(race))), session);
                }

                continue;
            }

            if (day == raceDay)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingRaceDayOther, Of(session.Date)), session);
            }
            else if (day == raceDay - 1 && (session.RunType != RunType.Shakeout || session.DurationMinutes is < ShakeoutMinMinutes or > ShakeoutMinutes))
            {
                plan.Add(Id, new Reason(session.Kind == SessionKind.Lift ? ReasonKeys.FindingDayBeforeRaceLift : ReasonKeys.FindingDayBeforeRaceRun, Of(ShakeoutMinMinutes), Of(ShakeoutMinutes)), session);
            }
            else if (day > raceDay && day - raceDay <= RecoveryDays(race.Goal.Distance)
                && (session.HardOnLegs || (session.Kind == SessionKind.Run && session.RunType != RunType.Recovery) || (session.Kind == SessionKind.Lift && session.LiftFocus != LiftFocus.Upper)))
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingAfterRace, Of(session.Date), Of(day - raceDay), Of(RecoveryDays(race.Goal.Distance))), session);
            }
        }

        if (races != 1)
        {
            plan.AddForWeek(Id, plan.WeekCount - 1, new Reason(ReasonKeys.FindingRaceCount, Of(race.Goal.RaceDate), Of(races)));
        }
    }
}
