using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>The race an athlete's current block builds towards, counted from their own today.</summary>
/// <param name="Distance">The race distance.</param>
/// <param name="Date">Race day.</param>
/// <param name="DaysToGo">Days from the athlete's today to race day; 0 on race day.</param>
/// <param name="Predicted">The predicted time when the block was generated (R39); null for a block without one.</param>
/// <param name="GoalTime">The athlete's goal time, when given.</param>
public sealed record UpcomingRace(RaceDistance Distance, DateOnly Date, int DaysToGo, TimeSpan? Predicted, TimeSpan? GoalTime)
{
    private static readonly StringLocalizer<PlanText> Text = StaticLocalizers.For<PlanText>();

    /// <summary>"Marathon in 23 days — predicted 3:32:10", in the current language.</summary>
    public string Countdown => Predicted is { } p
        ? Text["CountdownPredicted", RaceText.Name(Distance), RaceText.DaysToGo(DaysToGo), ClockTime.WithHours(p)]
        : Text["Countdown", RaceText.Name(Distance), RaceText.DaysToGo(DaysToGo)];

    /// <summary>The race of a current block, or null when it has none or race day has passed in the athlete's today.</summary>
    public static UpcomingRace? Of(RaceDistance? distance, DateOnly? date, TimeSpan? goalTime, BlockSnapshot snapshot, DateOnly today) =>
        Of(distance, date, goalTime, snapshot?.PredictedRaceSeconds, today);

    /// <summary>The same from the snapshot's one figure it needs (the coach's table reads no whole snapshot).</summary>
    public static UpcomingRace? Of(RaceDistance? distance, DateOnly? date, TimeSpan? goalTime, double? predictedRaceSeconds, DateOnly today) =>
        RaceGoals.Of(distance, date, goalTime) is { } race && race.RaceDate >= today
            ? new UpcomingRace(race.Distance, race.RaceDate, race.RaceDate.DayNumber - today.DayNumber,
                predictedRaceSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null, race.GoalTime)
            : null;
}
