using CsCheck;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Builders;

/// <summary>CsCheck generators for valid profiles and requests, covering the ranges the web layer accepts.</summary>
public static class RandomPlans
{
    public const int Iterations = 2000;

    private static readonly DateOnly _epoch = new(2024, 1, 1);

    public static readonly Gen<LiftMax> Lift =
        from tested in Gen.Bool
        from halfKg in Gen.Int[40, 700]
        from reps in Gen.Int[1, 10]
        select tested ? LiftMax.Tested(halfKg / 2m) : LiftMax.RepTest(halfKg / 2m, reps);

    public static readonly Gen<Shoe> Shoe =
        from minimalist in Gen.Bool
        from km in Gen.Int[0, 900]
        from id in Gen.Int[0, 99]
        select new Shoe($"shoe-{id}", $"Pair {id}", minimalist ? ShoeKind.Minimalist : ShoeKind.Cushioned, km);

    public static readonly Gen<int> DayMask = Gen.Int[0, 127].Where(m => System.Numerics.BitOperations.PopCount((uint)m) >= 3);

    public static readonly Gen<AthleteProfile> Profile =
        from weight in Gen.Int[30, 300]
        from birthYear in Gen.Int[1940, 2008]
        from hasBirthYear in Gen.Bool
        from resting in Gen.Int[30, 120]
        from hasResting in Gen.Bool
        from baseWeeks in Gen.OneOf(Gen.Int[0, 10], Gen.Int[0, 520])
        from fiveKmSeconds in Gen.Int[720, 3600]
        from hasFiveKm in Gen.Bool
        from lifts in Gen.Select(Lift, Lift, Lift, Lift, (a, b, c, d) => new LiftMaxes(a, b, c, d))
        from mask in DayMask
        from shoes in Shoe.Array[0, 4]
        select new AthleteProfile(weight, hasBirthYear ? birthYear : null, hasResting ? resting : null, baseWeeks,
            hasFiveKm ? TimeSpan.FromSeconds(fiveKmSeconds) : null, lifts, Days(mask), Goal.Balanced,
            [.. shoes.Select((s, i) => s with { Id = $"shoe-{i}" })]);

    public static readonly Gen<AmrapResult> Amrap =
        from lift in Gen.Enum<MainLift>()
        from daysBefore in Gen.Int[1, 60]
        from prescribed in Gen.Int[1, 5]
        from done in Gen.Int[0, 12]
        select new AmrapResult(lift, _epoch.AddDays(-daysBefore), prescribed, done);

    public static readonly Gen<TrainingMaxes?> PreviousMaxes =
        from has in Gen.Bool
        from quarterKg in Gen.Int[80, 1600].Array[4]
        select has ? new TrainingMaxes(quarterKg[0] / 4m, quarterKg[1] / 4m, quarterKg[2] / 4m, quarterKg[3] / 4m) : null;

    public static readonly Gen<TrainingHistory?> History =
        from has in Gen.Bool
        from loads in Gen.Int[0, 5000].Array[0, 12]
        from minutes in Gen.Int[0, 400].Array[0, 12]
        from amraps in Amrap.Array[0, 6]
        from maxes in PreviousMaxes
        from completed in Gen.Bool
        from intervals in Gen.Int[0, 10]
        from hills in Gen.Int[0, 10]
        select has
            ? new TrainingHistory(loads, minutes, amraps)
            {
                PreviousTrainingMaxes = maxes,
                PreviousWaveCompleted = completed,
                IntervalSessionsDone = intervals,
                HillSessionsDone = hills,
            }
            : null;

    public static readonly Gen<BlockRequest> Request =
        from profile in Profile
        from day in Gen.Int[0, 1500]
        from weeks in Gen.Int[1, 16]
        from history in History
        select new BlockRequest(profile, _epoch.AddDays(day), weeks, history is null ? null : history with
        {
            // AMRAP dates are drawn relative to the epoch; move them to just before this block's start.
            AmrapResults = [.. history.AmrapResults.Select(a => a with { Date = a.Date.AddDays(day) })],
        });

    public static DayOfWeek[] Days(int mask) => [.. Enum.GetValues<DayOfWeek>().Where(d => (mask & (1 << (int)d)) != 0)];
}
