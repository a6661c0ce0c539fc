using HybridTrainer.Data.Athletes;
using ShoeKind = HybridTrainer.Domain.Athletes.ShoeKind;
using HybridTrainer.Domain.Training;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Data.Seeding;

/// <summary>Believable profiles for the demo athletes, scaled from body weight.</summary>
internal static class DemoProfiles
{
    public const int RestingHeartRate = 58;

    public static Athlete Create(DemoAthlete demo, Guid userId, Guid? gymId, DateTimeOffset now)
    {
        var bw = demo.BodyWeightKg;
        var athlete = new Athlete
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            GymId = gymId,
            DisplayName = demo.Account.DisplayName,
            TimeZone = demo.Account.TimeZone,
            BodyWeightKg = bw,
            BirthYear = demo.BirthYear,
            RestingHeartRate = RestingHeartRate,
            RunningBaseWeeks = demo.RunningBaseWeeks,
            FiveKmTime = demo.FiveKmTime,
            Goal = demo.Goal,
            AvailableDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
            CreatedAt = now,
            UpdatedAt = now,
        };
        // Tested when the seeded history starts: the maxes the first demo block was planned from.
        var tested = DemoBodyWeights.HistoryStart(LocalDays.DateIn(now, demo.Account.TimeZone));
        athlete.LiftMaxes.Add(Max(athlete, MainLift.Squat, RoundTo2_5(bw * 1.5m), tested));
        athlete.LiftMaxes.Add(Max(athlete, MainLift.BenchPress, RoundTo2_5(bw * 1.1m), tested));
        athlete.LiftMaxes.Add(Max(athlete, MainLift.Deadlift, RoundTo2_5(bw * 1.9m), tested));
        athlete.LiftMaxes.Add(Max(athlete, MainLift.OverheadPress, RoundTo2_5(bw * 0.7m), tested));
        athlete.Shoes.Add(new Shoe { Id = Guid.CreateVersion7(now), AthleteId = athlete.Id, Name = "Daily cushioned trainer", Kind = ShoeKind.Cushioned, Kilometres = demo.DailyTrainerKmAtStart, CreatedAt = now });
        athlete.Shoes.Add(new Shoe { Id = Guid.CreateVersion7(now), AthleteId = athlete.Id, Name = "Minimalist flats", Kind = ShoeKind.Minimalist, Kilometres = 90m, CreatedAt = now });
        return athlete;
    }

    private static LiftMaxEntry Max(Athlete athlete, MainLift lift, decimal oneRepMaxKg, DateOnly measuredOn) =>
        new() { Id = Guid.NewGuid(), AthleteId = athlete.Id, Lift = lift, OneRepMaxKg = oneRepMaxKg, MeasuredOn = measuredOn };

    private static decimal RoundTo2_5(decimal kg) => Math.Round(kg / 2.5m, MidpointRounding.AwayFromZero) * 2.5m;
}
