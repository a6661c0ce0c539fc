using HybridTrainer.Domain.Progress;

namespace HybridTrainer.Web.Features.Progress;

/// <summary>One line of a <see cref="TrendChart"/>: its name (legend and table column) and its points.</summary>
public sealed record TrendSeries(string Name, IReadOnlyList<DatedValue> Points, bool Dashed = false);

/// <summary>One layer of a <see cref="WeeklyBars"/> stack: its name and one value per week.</summary>
public sealed record BarLayer(string Name, IReadOnlyList<decimal> Values);
