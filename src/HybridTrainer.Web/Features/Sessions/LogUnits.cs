using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// Between the log as stored (km, kg) and as the athlete reads and types it (mi, lb when imperial).
/// A value the athlete left as shown keeps its exact stored number, so a prefilled 100 kg does not come back 100.02 kg.
/// </summary>
public static class LogUnits
{
    public static LogSessionInput ForDisplay(LogSessionInput metric, UnitSystem units)
    {
        var shown = Copy(metric, units);
        shown.DistanceKm = metric.DistanceKm is { } km ? ShownDistance(km, units) : null;
        for (var i = 0; i < shown.Sets.Count; i++)
        {
            shown.Sets[i].WeightKg = metric.Sets[i].WeightKg is { } kg ? ShownLoad(kg, units) : null;
        }

        return shown;
    }

    /// <summary>The metric log for <paramref name="shown"/>; <paramref name="original"/> is what it was shown from.</summary>
    public static LogSessionInput ToMetric(LogSessionInput shown, LogSessionInput original)
    {
        var units = shown.Units;
        var metric = Copy(shown, UnitSystem.Metric);
        metric.DistanceKm = shown.DistanceKm is { } distance
            ? original.DistanceKm is { } km && ShownDistance(km, units) == distance ? km : Math.Round(UnitConversion.ToKm(distance, units), 2, MidpointRounding.AwayFromZero)
            : null;
        for (var i = 0; i < metric.Sets.Count; i++)
        {
            var before = i < original.Sets.Count ? original.Sets[i].WeightKg : null;
            metric.Sets[i].WeightKg = shown.Sets[i].WeightKg is { } load
                ? before is { } kg && ShownLoad(kg, units) == load ? kg : UnitConversion.LoadForStorage(load, units)
                : null;
        }

        return metric;
    }

    private static decimal ShownDistance(decimal km, UnitSystem units) =>
        units == UnitSystem.Imperial ? Math.Round(UnitConversion.FromKm(km, units), 2, MidpointRounding.AwayFromZero) : km;

    private static decimal ShownLoad(decimal kg, UnitSystem units) =>
        units == UnitSystem.Imperial ? UnitConversion.LoadForDisplay(kg, units) : kg;

    private static LogSessionInput Copy(LogSessionInput input, UnitSystem units) => new()
    {
        Units = units,
        Completed = input.Completed,
        ActualDurationMinutes = input.ActualDurationMinutes,
        DistanceKm = input.DistanceKm,
        Rpe = input.Rpe,
        Notes = input.Notes,
        Sets = [.. input.Sets.Select(s => new LogSetInput
        {
            Exercise = s.Exercise, MainLift = s.MainLift, SetNumber = s.SetNumber, PlannedReps = s.PlannedReps, Amrap = s.Amrap, Reps = s.Reps, WeightKg = s.WeightKg,
        })],
    };
}
