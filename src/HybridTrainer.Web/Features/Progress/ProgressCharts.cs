using System.Text.Json.Serialization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Training;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Progress;

/// <summary>
/// What the progress page draws, in the athlete's units and ready to show: plain data, so the view read while
/// prerendering can be handed to the interactive circuit (persisted component state) instead of being read again.
/// A coach sees a client's figures in the client's units, as on the coach's other pages.
/// </summary>
public sealed record ProgressCharts(
    Guid AthleteId,
    bool IsSelf,
    int Weeks,
    UnitSystem Units,
    IReadOnlyList<TrendSeries> OneRepMaxes,
    IReadOnlyList<TrendSeries> TrainingMaxes,
    IReadOnlyList<DatedValue> Stalls,
    IReadOnlyList<AmrapResult> Amraps,
    IReadOnlyList<ShownRepRecord> RepRecords,
    IReadOnlyList<TrendSeries> BodyWeight,
    IReadOnlyList<TrendSeries> Girths,
    IReadOnlyList<DateOnly> Mondays,
    IReadOnlyList<BarLayer> RunDistance,
    IReadOnlyList<BarLayer> RunMinutes,
    IReadOnlyList<TrendSeries> LongestRun,
    IReadOnlyList<TrendSeries> Vdot,
    EasyBand? EasyHeartRate,
    IReadOnlyList<TrendSeries> EasyPace,
    IReadOnlyList<VolumeChart> Volume)
{
    [JsonIgnore]
    public ProgressUnits Unit => new(Units);

    /// <summary>The charts of a view, their series named in the reader's language.</summary>
    public static ProgressCharts From(ProgressView view, IStringLocalizer<ProgressText> text)
    {
        ArgumentNullException.ThrowIfNull(view);
        var units = new ProgressUnits(view.Access.Units);
        return new ProgressCharts(
            view.Access.AthleteId,
            view.Access.IsSelf,
            view.Weeks,
            view.Access.Units,
            [.. view.OneRepMaxes.Where(p => p.Value.Count > 0).Select(p => new TrendSeries(ProgressNames.Lift(text, p.Key), units.Each(p.Value, units.Load)))],
            [.. view.TrainingMaxes.GroupBy(c => c.Lift)
                .Select(g => new TrendSeries(ProgressNames.Lift(text, g.Key), [.. g.Select(c => new DatedValue(c.Start, units.Load(c.TrainingMaxKg)))]))],
            [.. view.TrainingMaxes.Where(c => c.Stalled).Select(c => new DatedValue(c.Start, units.Load(c.TrainingMaxKg)))],
            view.Amraps,
            [.. view.RepRecords.Select(r => new ShownRepRecord(ProgressNames.Lift(text, r.Lift), units.Load(r.WeightKg), r.Reps, r.Date))],
            [
                new TrendSeries(text["WeighIn"], [.. view.Body.Select(b => new DatedValue(b.Date, units.BodyWeight(b.WeightKg)))]),
                new TrendSeries(text["SevenDayAverage"], [.. view.Body.Select(b => new DatedValue(b.Date, units.Load(b.TrendKg)))], Dashed: true),
            ],
            GirthSeries(view, units, text),
            [.. view.Running.Select(w => w.Monday)],
            RunLayers(view, w => w.KilometresByType.ToDictionary(p => p.Key, p => units.Kilometres(p.Value)), text),
            RunLayers(view, w => w.MinutesByType.ToDictionary(p => p.Key, p => (decimal)p.Value), text),
            [new TrendSeries(text["LongestRun"], [.. view.Running.Where(w => w.LongestRunKm > 0).Select(w => new DatedValue(w.Monday, units.Kilometres(w.LongestRunKm)))])],
            [new TrendSeries("VDOT", view.Vdot)],
            view.EasyHeartRate,
            [new TrendSeries(text["Pace"], units.Each(view.EasyPace, units.SecondsPerKm))],
            [.. MuscleSets.Groups.Select(muscle => new VolumeChart(muscle, VolumeLayers(view, muscle, text)))]);
    }

    private static IReadOnlyList<BarLayer> RunLayers(ProgressView view, Func<RunningWeek, IReadOnlyDictionary<string, decimal>> pick, IStringLocalizer<ProgressText> text)
    {
        var weeks = view.Running.Select(pick).ToList();
        return [.. weeks.SelectMany(w => w.Keys).Distinct().Order().Select(type => new BarLayer(ProgressNames.RunType(text, type), [.. weeks.Select(w => w.GetValueOrDefault(type))]))];
    }

    private static IReadOnlyList<BarLayer> VolumeLayers(ProgressView view, MuscleGroup muscle, IStringLocalizer<ProgressText> text) =>
        HypertrophyVolumeRule.RunMuscles.Contains(muscle)
            ? [new BarLayer(text["Lifting"], [.. view.Volume.Select(v => v.Lifting[muscle])]), new BarLayer(text["SprintsAndHills"], [.. view.Volume.Select(v => v.Running[muscle])])]
            : [new BarLayer(text["Lifting"], [.. view.Volume.Select(v => v.Lifting[muscle])])];

    private static IReadOnlyList<TrendSeries> GirthSeries(ProgressView view, ProgressUnits units, IStringLocalizer<ProgressText> text) =>
        [.. new (string Name, Func<BodyPoint, decimal?> Pick)[] { (text["GirthChest"], b => b.ChestCm), (text["GirthUpperArm"], b => b.UpperArmCm), (text["GirthWaist"], b => b.WaistCm), (text["GirthThigh"], b => b.ThighCm) }
            .Select(g => new TrendSeries(g.Name, [.. view.Body.Where(b => g.Pick(b) is not null).Select(b => new DatedValue(b.Date, units.Centimetres(g.Pick(b)!.Value)))]))
            .Where(s => s.Points.Count > 0)];
}

/// <summary>A rep record as shown: the lift's name, the load in the athlete's unit, the best reps and the day.</summary>
public sealed record ShownRepRecord(string Lift, decimal Load, int Reps, DateOnly Date);

/// <summary>One muscle group's weekly hard sets, as stacked layers (lifting, and sprints and hills for the legs).</summary>
public sealed record VolumeChart(MuscleGroup Muscle, IReadOnlyList<BarLayer> Layers);
