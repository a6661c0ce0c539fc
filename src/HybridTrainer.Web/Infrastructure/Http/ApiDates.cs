using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// Dates in paths and queries are ISO yyyy-MM-dd between 2000 and 2100; anything else is a 400 problem, not a binding
/// exception or an overflow further on.
/// </summary>
internal static class ApiDates
{
    private static IStringLocalizer<InfrastructureText> Text => InfrastructureWords.Text;

    public static bool TryParse(string? text, out DateOnly date) =>
        IsoDate.TryParse(text, out date);

    /// <summary>from..to with defaults; null when a date is malformed, the range is reversed or longer than ten years.</summary>
    public static (DateOnly From, DateOnly To)? Range(string? from, string? to, DateOnly defaultFrom, DateOnly defaultTo)
    {
        var start = defaultFrom;
        var end = defaultTo;
        if ((from is not null && !TryParse(from, out start)) || (to is not null && !TryParse(to, out end)) || start > end || end.DayNumber - start.DayNumber > 3660)
        {
            return null;
        }

        return (start, end);
    }

    public static ProblemHttpResult InvalidRange() => TypedResults.Problem(
        detail: Text["InvalidDateRangeDetail"],
        statusCode: StatusCodes.Status400BadRequest,
        title: Text["InvalidDateRangeTitle"]);
}
