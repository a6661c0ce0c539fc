using HybridTrainer.Data.Journal;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;
using DataLoggedSet = HybridTrainer.Data.Journal.LoggedSet;
using DataSession = HybridTrainer.Data.Planning.PlannedSession;
using DomainLoggedSet = HybridTrainer.Domain.Training.LoggedSet;
using DomainSession = HybridTrainer.Domain.Training.PlannedSession;

namespace HybridTrainer.Data.Seeding;

/// <summary>
/// Lives one demo athlete's planned sessions, day by day, with <see cref="DemoLife"/>'s odds: each becomes a log as the
/// session page would save it, and the engine's view of it for the next block's history (R16, R17, R22).
/// </summary>
internal sealed class DemoSessionLiving(DemoAthlete demo, AthleteProfile startProfile, DateOnly historyStart, DateOnly today, Guid? userId)
{
    private readonly Random _random = DemoLife.RandomFor(demo.Account.Email, today, "sessions");

    /// <summary>The last cycle before the current block: the stalled lift misses its AMRAPs here, so R22 fires next.</summary>
    public int StallBlock { get; } = (DemoLife.HistoryWeeks / DemoLife.BlockWeeks) - 1;

    /// <summary>A log for the session, done or skipped, and the engine's view of it.</summary>
    public (SessionLog Log, LoggedSession Logged) Live(DataSession row, DomainSession planned, int blockIndex)
    {
        var tired = demo.SleepsBadlyThisWeek && planned.Date > today.AddDays(-DemoLife.ShortNights);
        // Drawn every time, so one session's outcome never shifts the draws of the next.
        var skipDraw = _random.NextDouble();
        var reasonDraw = _random.Next(DemoLife.SkipReasons.Length);
        var showsUpToStall = blockIndex == StallBlock && planned.Exercises.Any(e => e.MainLift == demo.StalledLift && e.Sets.Any(s => s.Amrap));
        var skipped = !showsUpToStall && skipDraw < (tired ? DemoLife.SkipChanceWhenTired : DemoLife.SkipChance);
        var log = new SessionLog
        {
            Id = Guid.CreateVersion7(LoggedAt(planned.Date)),
            PlannedSessionId = row.Id,
            AthleteId = row.AthleteId,
            LoggedByUserId = userId,
            LoggedAt = LoggedAt(planned.Date),
        };
        if (skipped)
        {
            log.Notes = DemoLife.SkipReasons[reasonDraw];
            return (log, new LoggedSession(planned.Date, planned.Kind, false, null, null, null, []));
        }

        var minutes = Math.Max(10, (int)Math.Round(planned.DurationMinutes * (1 + DemoLife.Normal(_random, DemoLife.MinutesSpread))));
        var rpe = Math.Clamp(planned.PlannedRpe + (int)Math.Round(DemoLife.Normal(_random, DemoLife.RpeSpread * 0.7)) + (tired ? 1 : 0), 1, 10);
        var km = planned.Run is { } run ? Distance(run, minutes, planned.DurationMinutes) : (decimal?)null;
        var sets = planned.Exercises.SelectMany(e => LiveExercise(e, planned.Date, blockIndex)).ToList();
        (log.Completed, log.ActualDurationMinutes, log.Rpe, log.DistanceKm) = (true, minutes, rpe, km);
        log.Sets = [.. sets.Select(s => s.Data)];
        return (log, new LoggedSession(planned.Date, planned.Kind, true, minutes, km is { } d ? (double)d : null, rpe, [.. sets.Select(s => s.Domain)]));
    }

    private decimal Distance(RunPrescription run, int minutes, int plannedMinutes)
    {
        var pace = 1 + DemoLife.Normal(_random, DemoLife.PaceSpread);
        var km = run.DistanceKm is { } planned
            ? planned * minutes / plannedMinutes
            : minutes * 60.0 / DemoLife.UnknownEasySecondsPerKm;
        return Math.Round((decimal)(km * pace), 2);
    }

    private IEnumerable<(DataLoggedSet Data, DomainLoggedSet Domain)> LiveExercise(Exercise exercise, DateOnly date, int blockIndex)
    {
        for (var i = 0; i < exercise.Sets.Count; i++)
        {
            var set = exercise.Sets[i];
            var (reps, weight) = (set.Reps, set.WeightKg);
            if (exercise.MainLift is { } lift && set.Amrap && weight is { } kg)
            {
                reps = AmrapReps(lift, kg, set.Reps, date, blockIndex);
            }
            else if (exercise.MainLift is null)
            {
                // Accessories: the odd short last set, the odd heavier day.
                var shortDraw = _random.NextDouble();
                var heavierDraw = _random.NextDouble();
                if (i == exercise.Sets.Count - 1 && shortDraw < DemoLife.AccessoryShortChance)
                {
                    reps = Math.Max(1, reps - 1 - _random.Next(2));
                }

                if (weight is { } load && heavierDraw < DemoLife.AccessoryHeavierChance)
                {
                    weight = load + DemoLife.LoadStepKg;
                }
            }

            yield return (
                new DataLoggedSet { Exercise = exercise.Name, MainLift = exercise.MainLift?.ToString(), SetNumber = i + 1, Reps = reps, WeightKg = weight, Amrap = set.Amrap },
                new DomainLoggedSet(exercise.Name, exercise.MainLift, reps, weight ?? 0m, set.Amrap, set.Reps));
        }
    }

    // Reps from true strength by Epley (1RM = w × (1 + reps/30)), one left in reserve, a rep either way for the day.
    // Strength grows for every lift but the stalled one, which stays flat and, in the last cycle, misses its minimum.
    private int AmrapReps(MainLift lift, decimal weightKg, int prescribed, DateOnly date, int blockIndex)
    {
        var dayForm = _random.Next(-1, 2);
        var weeks = (date.DayNumber - historyStart.DayNumber) / 7.0;
        var stalled = lift == demo.StalledLift;
        var strength = (double)startProfile.Lifts.For(lift).OneRepMaxKg * (stalled ? 1.0 : 1 + (DemoLife.WeeklyStrengthGain * weeks));
        var reps = (int)Math.Floor(30 * ((strength / (double)weightKg) - 1)) - DemoLife.AmrapRepsInReserve + dayForm;
        reps = Math.Clamp(reps, prescribed, DemoLife.AmrapRepCap);
        return stalled && blockIndex == StallBlock ? Math.Max(0, prescribed - DemoLife.StalledAmrapShortfall) : reps;
    }

    // Logs go in in the evening, after the session, in the athlete's own time zone.
    private DateTimeOffset LoggedAt(DateOnly date) => DemoHistory.At(date, new TimeOnly(19, 30), demo.Account.TimeZone);
}
