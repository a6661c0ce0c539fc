using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;
using Shoe = HybridTrainer.Data.Athletes.Shoe;

namespace HybridTrainer.BenchData;

/// <summary>Varied but plausible athletes: weights, running bases, 5 km times, lift maxes and training days spread out.</summary>
internal static class BenchProfiles
{
    private static readonly DayOfWeek[][] DayPatterns =
    [
        [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday],
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
        [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday, DayOfWeek.Sunday],
        [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Saturday, DayOfWeek.Sunday],
    ];

    public static Athlete Create(int index, Random random, Guid userId, Guid gymId, DateTimeOffset now)
    {
        var bodyWeight = Math.Round(55m + (decimal)(random.NextDouble() * 45), 1);
        var runningBase = random.Next(0, 41);
        var athlete = new Athlete
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            GymId = gymId,
            DisplayName = $"Athlete {index:000}",
            BodyWeightKg = bodyWeight,
            BirthYear = random.Next(1970, 2006),
            RestingHeartRate = random.Next(48, 72),
            RunningBaseWeeks = runningBase,
            // A quarter have never timed a 5 km: the engine then paces by effort.
            FiveKmTime = random.Next(4) == 0 ? null : TimeSpan.FromSeconds(random.Next(18 * 60, 32 * 60)),
            Goal = (Goal)random.Next(Enum.GetValues<Goal>().Length),
            AvailableDays = [.. DayPatterns[index % DayPatterns.Length]],
            Units = index % 7 == 0 ? UnitSystem.Imperial : UnitSystem.Metric,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var strength = 0.8m + (decimal)(random.NextDouble() * 0.6);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        athlete.LiftMaxes.Add(Max(athlete, MainLift.Squat, bodyWeight * 1.4m * strength, today));
        athlete.LiftMaxes.Add(Max(athlete, MainLift.BenchPress, bodyWeight * 1.0m * strength, today));
        athlete.LiftMaxes.Add(Max(athlete, MainLift.Deadlift, bodyWeight * 1.7m * strength, today));
        athlete.LiftMaxes.Add(Max(athlete, MainLift.OverheadPress, bodyWeight * 0.65m * strength, today));
        athlete.Shoes.Add(new Shoe { Id = Guid.CreateVersion7(now), AthleteId = athlete.Id, Name = "Daily trainer", Kind = ShoeKind.Cushioned, Kilometres = random.Next(0, 850), CreatedAt = now });
        if (index % 3 == 0)
        {
            athlete.Shoes.Add(new Shoe { Id = Guid.CreateVersion7(now), AthleteId = athlete.Id, Name = "Race flats", Kind = ShoeKind.Minimalist, Kilometres = random.Next(0, 300), CreatedAt = now });
        }

        return athlete;
    }

    private static LiftMaxEntry Max(Athlete athlete, MainLift lift, decimal kg, DateOnly measuredOn) => new()
    {
        Id = Guid.CreateVersion7(),
        AthleteId = athlete.Id,
        Lift = lift,
        OneRepMaxKg = Math.Round(kg / 2.5m, MidpointRounding.AwayFromZero) * 2.5m,
        MeasuredOn = measuredOn,
    };
}
