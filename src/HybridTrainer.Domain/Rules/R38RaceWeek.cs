using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;

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
                    plan.Add(Id, $"The race is planned on {session.Date:ddd d MMM}, not on race day {race.Goal.RaceDate:ddd d MMM}.", session);
                }
                else if (session.PlannedRpe != RaceRpe || session.DurationMinutes != RaceMinutes(race))
                {
                    plan.Add(Id, $"The race is planned at RPE {session.PlannedRpe} for {session.DurationMinutes} min; plan RPE {RaceRpe} for the predicted {RaceMinutes(race)} min.", session);
                }

                continue;
            }

            if (day == raceDay)
            {
                plan.Add(Id, $"Race day {session.Date:ddd d MMM} holds another session; the race is the only one.", session);
            }
            else if (day == raceDay - 1 && (session.RunType != RunType.Shakeout || session.DurationMinutes is < ShakeoutMinMinutes or > ShakeoutMinutes))
            {
                plan.Add(Id, $"The day before the race holds {session.Kind.ToString().ToLowerInvariant()}; make it rest or a {ShakeoutMinMinutes}–{ShakeoutMinutes} min shakeout with strides.", session);
            }
            else if (day > raceDay && day - raceDay <= RecoveryDays(race.Goal.Distance)
                && (session.HardOnLegs || (session.Kind == SessionKind.Run && session.RunType != RunType.Recovery) || (session.Kind == SessionKind.Lift && session.LiftFocus != LiftFocus.Upper)))
            {
                plan.Add(Id, $"{session.Date:ddd d MMM} is {day - raceDay} day(s) after the race; the first {RecoveryDays(race.Goal.Distance)} days hold only recovery runs and upper-body lifts.", session);
            }
        }

        if (races != 1)
        {
            plan.AddForWeek(Id, plan.WeekCount - 1, $"A race block holds exactly one race, on {race.Goal.RaceDate:ddd d MMM}; this one holds {races}.");
        }
    }
}
