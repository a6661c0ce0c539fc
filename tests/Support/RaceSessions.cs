using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using TrainingBlock = HybridTrainer.Domain.Training.TrainingBlock;
using StoredSession = HybridTrainer.Data.Planning.PlannedSession;

namespace HybridTrainer.Tests.Support;

/// <summary>
/// Sessions of a marathon block like section G's worked check (16 weeks, 5 km 22:30) on six days, Monday to Saturday, as the engine makes them and as
/// they are stored, moved to any week: what a race block puts on a card, a sheet or a calendar.
/// </summary>
internal static class RaceSessions
{
    private static readonly DateOnly Start = new(2027, 1, 4);

    public static readonly TrainingBlock Marathon = BlockGenerator.Generate(BlockRequest.ForRace(
        new AthleteProfile(82m, 1994, 60, 40, new TimeSpan(0, 22, 30),
            new LiftMaxes(LiftMax.Tested(140), LiftMax.RepTest(80, 8), LiftMax.Tested(180), LiftMax.Tested(60)),
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
            Goal.Balanced,
            []),
        Start,
        new RaceGoal(RaceDistance.Marathon, Start.AddDays((15 * 7) + 6))));

    /// <summary>The race week: the race on Sunday, the shakeout on Saturday.</summary>
    public static TrainingWeek RaceWeek => Marathon.Weeks[^1];

    /// <summary>The first week whose long run carries a race-pace segment (R34) and the fuelling note.</summary>
    public static TrainingWeek RacePaceLongRunWeek =>
        Marathon.Weeks.First(w => w.Sessions.Any(s => s is { RunType: RunType.Long, Run: { RacePaceMinutes: > 0, FuellingNote: not null } }));

    /// <summary>A week's sessions stored for an athlete, moved so the week starts on <paramref name="monday"/>.</summary>
    public static List<StoredSession> Stored(TrainingWeek week, Guid athleteId, DateOnly monday, Guid? blockId = null)
    {
        var shift = monday.DayNumber - week.StartDate.DayNumber;
        return [.. week.Sessions.Select(s => (s with { Date = s.Date.AddDays(shift) })
            .ToEntity(athleteId, blockId, week.ProgramWeek, week.WaveWeek, null, TestClock.Start))];
    }

    public static StoredSession Race(Guid athleteId, DateOnly monday) => Stored(RaceWeek, athleteId, monday).Single(s => s.RunType == RunType.Race);

    public static StoredSession LongRun(Guid athleteId, DateOnly monday) => Stored(RacePaceLongRunWeek, athleteId, monday).Single(s => s.RunType == RunType.Long);
}
