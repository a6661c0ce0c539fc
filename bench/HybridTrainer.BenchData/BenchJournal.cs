using HybridTrainer.Data.Journal;
using HybridTrainer.Data.Planning;

namespace HybridTrainer.BenchData;

/// <summary>What the athletes did in the past weeks: most sessions done (some sets heavier or lighter), some missed, some
/// never logged; check-ins on most mornings.</summary>
internal static class BenchJournal
{
    public static IEnumerable<SessionLog> Logs(IEnumerable<PlannedSession> sessions, DateOnly today, Random random, DateTimeOffset now)
    {
        foreach (var session in sessions.Where(s => s.Date < today))
        {
            var roll = random.Next(100);
            if (roll < 5)
            {
                continue; // never logged
            }

            var completed = roll >= 15;
            yield return new SessionLog
            {
                Id = Guid.CreateVersion7(now),
                PlannedSessionId = session.Id,
                AthleteId = session.AthleteId,
                Completed = completed,
                ActualDurationMinutes = completed ? Math.Max(10, session.DurationMinutes + random.Next(-10, 11)) : null,
                DistanceKm = completed && session.Prescription.Run?.DistanceKm is { } km ? Math.Round(km * (0.9m + (decimal)(random.NextDouble() * 0.2)), 2) : null,
                Rpe = completed ? Math.Clamp(session.PlannedRpe + random.Next(-1, 2), 1, 10) : null,
                Notes = completed ? null : "Missed: work ran late",
                Sets = completed ? [.. LoggedSets(session, random)] : [],
                LoggedByUserId = null,
                LoggedAt = now,
            };
        }
    }

    public static IEnumerable<RecoveryLog> CheckIns(Guid athleteId, DateOnly from, DateOnly today, Random random, DateTimeOffset now)
    {
        for (var day = from; day <= today; day = day.AddDays(1))
        {
            if (random.Next(100) < 20)
            {
                continue; // a morning without a check-in
            }

            yield return new RecoveryLog
            {
                Id = Guid.CreateVersion7(now),
                AthleteId = athleteId,
                Date = day,
                SleepHours = Math.Round(5.5m + (decimal)(random.NextDouble() * 3.5), 1),
                SorenessLegs = random.Next(0, 7),
                SorenessUpper = random.Next(0, 6),
                Fatigue = random.Next(2, 6),
                SleepQuality = random.Next(2, 6),
                MuscleSoreness = random.Next(2, 6),
                Stress = random.Next(2, 6),
                Mood = random.Next(2, 6),
                RestingHeartRate = random.Next(48, 70),
                HrvLnRmssd = Math.Round(3.6 + (random.NextDouble() * 0.9), 2),
                FoamRolled = random.Next(3) == 0,
                CreatedAt = now,
            };
        }
    }

    private static IEnumerable<LoggedSet> LoggedSets(PlannedSession session, Random random)
    {
        foreach (var exercise in session.Prescription.Exercises)
        {
            var number = 1;
            foreach (var set in exercise.Sets)
            {
                yield return new LoggedSet
                {
                    Exercise = exercise.Name,
                    MainLift = exercise.MainLift,
                    SetNumber = number++,
                    Reps = Math.Max(1, set.Reps + (set.Amrap ? random.Next(0, 5) : random.Next(-1, 1))),
                    WeightKg = set.WeightKg,
                    Amrap = set.Amrap,
                };
            }
        }
    }
}
