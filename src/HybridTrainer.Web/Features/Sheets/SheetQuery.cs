using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>Reads the chooser's query string leniently: anything malformed is ignored, never an error page.</summary>
internal static class SheetQuery
{
    /// <summary>The Monday of the week asked for; null when none (or a malformed one) was asked.</summary>
    public static DateOnly? Monday(string? week) =>
        IsoDate.TryParse(week, out var day) ? LocalDays.MondayOf(day) : null;

    public static IReadOnlyCollection<Guid> Ids(IEnumerable<string?>? values) =>
        [.. (values ?? []).Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct()];

    public static bool IsAll(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "on";
}
