using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>
/// The plan as the checker sees it: every session sorted by date and placed in the programme week its date falls
/// in (a session dragged across a week boundary belongs to its new week), with weekly totals computed once.
/// </summary>
internal sealed class PlanView
{
    public PlanView(TrainingBlock block, AthleteProfile profile, TrainingHistory history)
    {
        Block = block;
        Profile = profile;
        History = history;
        WeekCount = block.Weeks.Count;
        AvailableMask = DayMask(profile.AvailableDays);

        var weeks = block.Weeks;
        var count = 0;
        for (var w = 0; w < weeks.Count; w++)
        {
            count += weeks[w].Sessions.Count;
        }

        Sessions = new PlannedSession[count];
        var n = 0;
        for (var w = 0; w < weeks.Count; w++)
        {
            var sessions = weeks[w].Sessions;
            for (var k = 0; k < sessions.Count; k++)
            {
                var session = sessions[k];
                // Insertion sort: stable and fastest for the ~30 sessions of a block.
                var j = n++;
                while (j > 0 && Sessions[j - 1].Date > session.Date)
                {
                    Sessions[j] = Sessions[j - 1];
                    j--;
                }

                Sessions[j] = session;
            }
        }

        Week = new int[count];
        Offset = new int[count];
        WeekLoad = new int[WeekCount];
        WeekRunMinutes = new int[WeekCount];
        PlannedWeekLoad = new int[WeekCount];
        PlannedWeekRunMinutes = new int[WeekCount];
        for (var i = 0; i < count; i++)
        {
            var days = Sessions[i].Date.DayNumber - block.StartDate.DayNumber;
            var week = days >= 0 ? days / 7 : -1;
            Week[i] = week < WeekCount ? week : -1;
            Offset[i] = ((days % 7) + 7) % 7;
            if (Week[i] < 0)
            {
                continue;
            }

            var session = Sessions[i];
            var planned = session.AsPlanned();
            WeekLoad[Week[i]] += session.LoadAu;
            PlannedWeekLoad[Week[i]] += planned.LoadAu;
            WeekRunMinutes[Week[i]] += session.Kind == SessionKind.Run ? session.DurationMinutes : 0;
            PlannedWeekRunMinutes[Week[i]] += planned.Kind == SessionKind.Run ? planned.DurationMinutes : 0;
        }
    }

    public TrainingBlock Block { get; }

    public AthleteProfile Profile { get; }

    public TrainingHistory History { get; }

    public int WeekCount { get; }

    public int AvailableMask { get; }

    public PlannedSession[] Sessions { get; }

    /// <summary>Programme week index (0-based) of each session, -1 when the date is outside the block.</summary>
    public int[] Week { get; }

    /// <summary>Day of each session inside its week, 0–6.</summary>
    public int[] Offset { get; }

    public int[] WeekLoad { get; }

    public int[] WeekRunMinutes { get; }

    /// <summary>Weekly load as generated, before accepted R27 downgrades: the baseline for later weeks.</summary>
    public int[] PlannedWeekLoad { get; }

    public int[] PlannedWeekRunMinutes { get; }

    public List<RuleViolation> Violations { get; } = [];

    public static int DayMask(IEnumerable<DayOfWeek> days)
    {
        var mask = 0;
        foreach (var day in days)
        {
            mask |= 1 << (int)day;
        }

        return mask;
    }

    public bool IsAvailable(DateOnly date) => (AvailableMask & (1 << (int)date.DayOfWeek)) != 0;

    public void Add(string rule, string message, params PlannedSession[] sessions) =>
        Violations.Add(new RuleViolation(rule, sessions, message));
}
