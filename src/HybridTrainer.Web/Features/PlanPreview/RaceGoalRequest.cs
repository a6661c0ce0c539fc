using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// A request that may name a race: the plan preview's and the plans API's save, so one set of rules
/// (<see cref="RaceGoalValidator{T}"/>) checks the race the same way, under the same JSON field names.
/// </summary>
public interface IRaceGoalRequest
{
    DateOnly? StartDate { get; }

    int? Weeks { get; }

    PlanPreviewRace? Race { get; }
}

/// <summary>What a race request's fields say together, for the validators of every request that carries one.</summary>
internal static class RaceGoalRequests
{
    /// <summary>Weeks from the start to the race week (R31); null while the start, distance or date is missing or malformed.</summary>
    public static int? Span(IRaceGoalRequest request) =>
        request.StartDate is { } start && Distance(request) is not null && RaceGoalBounds.TryParseDate(request.Race?.Date, out var date)
            ? R31RaceBlockLength.WeeksUntil(start, date)
            : null;

    public static RaceDistance? Distance(IRaceGoalRequest request) =>
        RaceGoalBounds.TryParseDistance(request.Race?.Distance, out var distance) ? distance : null;

    /// <summary>"marathon", "half marathon", "10 km", "5 km" as a sentence names them, in the request's language.</summary>
    public static string Name(RaceDistance distance, IStringLocalizer<PlanPreviewText> text) => distance switch
    {
        RaceDistance.FiveK => text["NameFiveK"],
        RaceDistance.TenK => text["NameTenK"],
        RaceDistance.HalfMarathon => text["NameHalfMarathon"],
        RaceDistance.Marathon => text["NameMarathon"],
        _ => R39RacePrediction.NameOf(distance),
    };
}
