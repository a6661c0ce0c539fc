using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Progress;

/// <summary>The most reps done at one load of a main lift, and the first day they were done.</summary>
public sealed record RepRecord(MainLift Lift, decimal WeightKg, int Reps, DateOnly Date);

/// <summary>Rep records: for each main lift and each load lifted, the best reps and when they were first reached.</summary>
public static class RepRecords
{
    public static IReadOnlyList<RepRecord> From(IEnumerable<(DateOnly Date, LoggedSet Set)> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var best = new Dictionary<(MainLift, decimal), RepRecord>();
        foreach (var (date, set) in sets.OrderBy(s => s.Date))
        {
            if (set is not { MainLift: { } lift, Reps: > 0, WeightKg: > 0 })
            {
                continue;
            }

            var key = (lift, set.WeightKg);
            // Strictly more reps is a new record; the same reps later keep the first date.
            if (!best.TryGetValue(key, out var record) || set.Reps > record.Reps)
            {
                best[key] = new RepRecord(lift, set.WeightKg, set.Reps, date);
            }
        }

        return [.. best.Values.OrderBy(r => r.Lift).ThenByDescending(r => r.WeightKg)];
    }
}
