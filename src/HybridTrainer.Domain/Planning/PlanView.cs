using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>
/// The plan as the checker sees it: every session sorted by date and placed in the programme week its date falls
/// in (a session dragged across a week boundary belongs to its new week), with weekly totals computed once.
/// </summary>
/// <remarks>
/// The checker runs on every drag in the planner, so the view lives on the stack: the caller lends it buffers
/// (<see cref="SessionBuffer"/> and stack-allocated numbers) and nothing is allocated unless a rule is broken.
/// Rules take it by <c>ref</c> because <see cref="Add"/> records violations in it.
/// </remarks>
internal ref struct PlanView
{
    /// <summary>Sessions that fit in the stack buffers: a 16-week block holds at most 96, hand edits add a few.</summary>
    public const int StackSessions = 128;

    /// <summary>Weeks whose totals fit on the stack; a generated block has 1–16.</summary>
    public const int StackWeeks = 32;

    /// <summary>Numbers kept per session: week, day in week, and two index lists.</summary>
    public const int PerSession = 4;

    /// <summary>Numbers kept per week: loads, run minutes and session counts.</summary>
    public const int PerWeek = 8;

    private List<RuleViolation>? _violations;

    /// <param name="block">The plan to check.</param>
    /// <param name="profile">The athlete it is for.</param>
    /// <param name="history">What came before it.</param>
    /// <param name="sessions">Room for <see cref="SessionCount"/> sessions.</param>
    /// <param name="perSession">Room for <see cref="PerSession"/> numbers per session, zeroed.</param>
    /// <param name="perWeek">Room for <see cref="PerWeek"/> numbers per week, zeroed.</param>
    public PlanView(TrainingBlock block, AthleteProfile profile, TrainingHistory history,
        Span<PlannedSession> sessions, Span<int> perSession, Span<int> perWeek)
    {
        Block = block;
        Profile = profile;
        History = history;
        WeekCount = block.Weeks.Count;
        AvailableMask = DayMask(profile.AvailableDays);

        var weeks = block.Weeks;
        var n = 0;
        for (var w = 0; w < weeks.Count; w++)
        {
            var weekSessions = weeks[w].Sessions;
            for (var k = 0; k < weekSessions.Count; k++)
            {
                var session = weekSessions[k];
                // Insertion sort: stable and fastest for the ~30 sessions of a block, which arrive almost sorted.
                var j = n++;
                while (j > 0 && sessions[j - 1].Date > session.Date)
                {
                    sessions[j] = sessions[j - 1];
                    j--;
                }

                sessions[j] = session;
            }
        }

        var count = sessions.Length;
        Sessions = sessions;
        var week = perSession[..count];
        var offset = perSession.Slice(count, count);
        var qualityRuns = perSession.Slice(2 * count, count);
        var plannedQualityRuns = perSession.Slice(3 * count, count);
        var weekLoad = perWeek[..WeekCount];
        var weekRunMinutes = perWeek.Slice(WeekCount, WeekCount);
        var plannedWeekLoad = perWeek.Slice(2 * WeekCount, WeekCount);
        var plannedWeekRunMinutes = perWeek.Slice(3 * WeekCount, WeekCount);
        var sessionsPerWeek = perWeek.Slice(4 * WeekCount, WeekCount);
        var liftsPerWeek = perWeek.Slice(5 * WeekCount, WeekCount);
        var runsPerWeek = perWeek.Slice(6 * WeekCount, WeekCount);
        var recoveryRunsPerWeek = perWeek.Slice(7 * WeekCount, WeekCount);
        var (quality, plannedQuality) = (0, 0);
        var start = block.StartDate.DayNumber;
        for (var i = 0; i < count; i++)
        {
            var session = sessions[i];
            var planned = session.AsPlanned();
            if (session.IsQualityRun)
            {
                qualityRuns[quality++] = i;
            }

            if (planned.IsQualityRun)
            {
                plannedQualityRuns[plannedQuality++] = i;
            }

            var days = session.Date.DayNumber - start;
            var w = days >= 0 ? days / 7 : -1;
            week[i] = w < WeekCount ? w : -1;
            offset[i] = ((days % 7) + 7) % 7;
            if (week[i] < 0)
            {
                continue;
            }

            weekLoad[w] += session.LoadAu;
            plannedWeekLoad[w] += planned.LoadAu;
            weekRunMinutes[w] += session.Kind == SessionKind.Run ? session.DurationMinutes : 0;
            plannedWeekRunMinutes[w] += planned.Kind == SessionKind.Run ? planned.DurationMinutes : 0;
            sessionsPerWeek[w]++;
            liftsPerWeek[w] += session.Kind == SessionKind.Lift ? 1 : 0;
            runsPerWeek[w] += session.Kind == SessionKind.Run ? 1 : 0;
            recoveryRunsPerWeek[w] += session.Kind == SessionKind.Run && session.RunType == RunType.Recovery ? 1 : 0;
        }

        Week = week;
        Offset = offset;
        QualityRuns = qualityRuns[..quality];
        PlannedQualityRuns = plannedQualityRuns[..plannedQuality];
        WeekLoad = weekLoad;
        WeekRunMinutes = weekRunMinutes;
        PlannedWeekLoad = plannedWeekLoad;
        PlannedWeekRunMinutes = plannedWeekRunMinutes;
        SessionsPerWeek = sessionsPerWeek;
        LiftsPerWeek = liftsPerWeek;
        RunsPerWeek = runsPerWeek;
        RecoveryRunsPerWeek = recoveryRunsPerWeek;
    }

    public TrainingBlock Block { get; }

    public AthleteProfile Profile { get; }

    public TrainingHistory History { get; }

    public int WeekCount { get; }

    public int AvailableMask { get; }

    /// <summary>Every session of the block, sorted by date (stable).</summary>
    public ReadOnlySpan<PlannedSession> Sessions { get; }

    /// <summary>Programme week index (0-based) of each session, -1 when the date is outside the block.</summary>
    public ReadOnlySpan<int> Week { get; }

    /// <summary>Day of each session inside its week, 0–6.</summary>
    public ReadOnlySpan<int> Offset { get; }

    /// <summary>
    /// Indexes into <see cref="Sessions"/> of the sprint-series and hill runs, in date order (any week): most rules
    /// about quality runs need only these few sessions of the block.
    /// </summary>
    public ReadOnlySpan<int> QualityRuns { get; }

    /// <summary>Indexes of the sessions planned as quality runs, including those an accepted R27 downgrade replaced.</summary>
    public ReadOnlySpan<int> PlannedQualityRuns { get; }

    public ReadOnlySpan<int> WeekLoad { get; }

    public ReadOnlySpan<int> WeekRunMinutes { get; }

    /// <summary>Weekly load as generated, before accepted R27 downgrades: the baseline for later weeks.</summary>
    public ReadOnlySpan<int> PlannedWeekLoad { get; }

    public ReadOnlySpan<int> PlannedWeekRunMinutes { get; }

    /// <summary>Sessions, lift sessions, run sessions and recovery runs per programme week.</summary>
    public ReadOnlySpan<int> SessionsPerWeek { get; }

    public ReadOnlySpan<int> LiftsPerWeek { get; }

    public ReadOnlySpan<int> RunsPerWeek { get; }

    public ReadOnlySpan<int> RecoveryRunsPerWeek { get; }

    /// <summary>What the rules found, in rule order; an empty array when the plan is clean.</summary>
    public readonly IReadOnlyList<RuleViolation> Violations => _violations ?? (IReadOnlyList<RuleViolation>)[];

    /// <summary>Sessions in the block, for sizing the buffers.</summary>
    public static int SessionCount(TrainingBlock block)
    {
        var count = 0;
        for (var w = 0; w < block.Weeks.Count; w++)
        {
            count += block.Weeks[w].Sessions.Count;
        }

        return count;
    }

    public static int DayMask(IEnumerable<DayOfWeek> days)
    {
        var mask = 0;
        if (days is IReadOnlyList<DayOfWeek> list)
        {
            // Profiles hold arrays or lists; enumerating one through IEnumerable would allocate on every check.
            for (var i = 0; i < list.Count; i++)
            {
                mask |= 1 << (int)list[i];
            }

            return mask;
        }

        foreach (var day in days)
        {
            mask |= 1 << (int)day;
        }

        return mask;
    }

    public readonly bool IsAvailable(DateOnly date) => (AvailableMask & (1 << (int)date.DayOfWeek)) != 0;

    /// <summary>The items of a list without an interface call per item: arrays and lists as they are, others copied.</summary>
    /// <remarks>The rules read sets and exercises many times per check; the engine always builds them as arrays.</remarks>
    public static ReadOnlySpan<T> Items<T>(IReadOnlyList<T> list) => list switch
    {
        T[] array => array,
        List<T> items => CollectionsMarshal.AsSpan(items),
        _ => list.ToArray(),
    };

    public void Add(string rule, Reason reason, params PlannedSession[] sessions) =>
        (_violations ??= []).Add(new RuleViolation(rule, sessions, reason) { Week = sessions.Length > 0 ? WeekOf(sessions[0].Date) : null });

    /// <summary>A rule broken by a programme week as a whole (<paramref name="week"/> 0-based), with no one session to blame.</summary>
    public void AddForWeek(string rule, int week, Reason reason) =>
        (_violations ??= []).Add(new RuleViolation(rule, [], reason) { Week = week + 1 });

    private int? WeekOf(DateOnly date)
    {
        var days = date.DayNumber - Block.StartDate.DayNumber;
        return days >= 0 && days / 7 < WeekCount ? (days / 7) + 1 : null;
    }

    /// <summary>Stack room for the sessions of a block; see <see cref="StackSessions"/>.</summary>
    [InlineArray(StackSessions)]
    internal struct SessionBuffer
    {
        private PlannedSession _first;
    }
}
