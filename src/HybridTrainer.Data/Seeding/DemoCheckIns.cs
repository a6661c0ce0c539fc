using HybridTrainer.Data.Journal;

namespace HybridTrainer.Data.Seeding;

/// <summary>
/// A demo athlete's morning check-ins, every day of the history and this morning's: good sleep and light soreness
/// (sorer legs the morning after a hard leg day), except for the bad sleeper's last nights, which R27 flags. HRV holds
/// steady around each athlete's baseline, so R27's low-HRV trigger never adds a second flag.
/// </summary>
internal static class DemoCheckIns
{
    /// <summary>Check-ins from <c>historyStart</c> to today; <c>soreLegMornings</c> are the mornings after a hard-on-legs session done.</summary>
    public static List<RecoveryLog> For(
        DemoAthlete demo, Guid athleteId, int restingHeartRate, DateOnly historyStart, DateOnly today, IReadOnlySet<DateOnly> soreLegMornings, DateTimeOffset now)
    {
        var random = DemoLife.RandomFor(demo.Account.Email, today, "check-ins");
        var hrv = new DemoHrv(DemoLife.RandomFor(demo.Account.Email, today, "hrv"));
        var logs = new List<RecoveryLog>();
        for (var day = historyStart; day <= today; day = day.AddDays(1))
        {
            var shortNight = demo.SleepsBadlyThisWeek && day > today.AddDays(-DemoLife.ShortNights);
            var usualSleep = Math.Max(DemoLife.GoodSleeperFloorHours, DemoLife.UsualSleepHours + DemoLife.Normal(random, DemoLife.SleepSpreadHours));
            var shortSleep = DemoLife.Between(random, DemoLife.ShortNightLowHours, DemoLife.ShortNightHighHours);
            var sleep = shortNight ? shortSleep : usualSleep;
            var soreLegs = soreLegMornings.Contains(day);
            var legs = soreLegs ? random.Next(DemoLife.SoreLegsLow, DemoLife.SoreLegsHigh + 1) : random.Next(1, 4);
            var upper = random.Next(1, 4);
            var heartRate = restingHeartRate + random.Next(-DemoLife.RestingHeartRateSpread, DemoLife.RestingHeartRateSpread + 1) + (shortNight ? 3 : 0);
            var foamRolled = random.NextDouble() < (soreLegs ? DemoLife.FoamRollAfterLegsChance : DemoLife.FoamRollOtherwiseChance);
            var (stress, mood) = (random.Next(3, 5), random.Next(3, 6));
            var createdAt = DemoHistory.At(day, new TimeOnly(7, 30), demo.Account.TimeZone);
            logs.Add(new RecoveryLog
            {
                Id = Guid.CreateVersion7(createdAt),
                AthleteId = athleteId,
                Date = day,
                SleepHours = Math.Round((decimal)sleep, 1),
                SorenessLegs = legs,
                SorenessUpper = upper,
                // McLean items, 5 = best: a short night shows in fatigue and sleep quality, sore legs in soreness.
                Fatigue = shortNight ? 2 : random.Next(3, 5),
                SleepQuality = shortNight ? 2 : sleep >= 7.5 ? 4 : 3,
                MuscleSoreness = soreLegs ? 3 : 4,
                Stress = stress,
                Mood = shortNight ? 3 : mood,
                RestingHeartRate = heartRate,
                HrvLnRmssd = hrv.On(day),
                FoamRolled = foamRolled,
                CreatedAt = createdAt < now ? createdAt : now,
            });
        }

        return logs;
    }
}
