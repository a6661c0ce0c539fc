using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.PlanPreview;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>
/// Saves a freshly generated block from <see cref="StartDate"/> (today or later) for 1 to 16 weeks (default 4), or, with
/// a <see cref="Race"/>, up to the race week (R31): the same race object as the plan preview's, checked by the same rules.
/// </summary>
public sealed record SaveBlockRequest(DateOnly? StartDate, int? Weeks, PlanPreviewRace? Race = null) : IRaceGoalRequest
{
    /// <summary>The plan page's input for a request whose race passed <see cref="SaveBlockRequestValidator"/>.</summary>
    public GenerateBlockInput ToInput() => new()
    {
        StartDate = StartDate?.ToDateTime(TimeOnly.MinValue),
        Weeks = Weeks ?? PlanPreviewRequest.DefaultWeeks,
        ForRace = Race is not null,
        Distance = PlanPreview.RaceGoalBounds.TryParseDistance(Race?.Distance, out var distance) ? distance : RaceDistance.Marathon,
        RaceDate = PlanPreview.RaceGoalBounds.TryParseDate(Race?.Date, out var date) ? date.ToDateTime(TimeOnly.MinValue) : null,
        GoalTime = PlanPreview.RaceGoalBounds.TryParseTime(Race?.GoalTime, out var goal) ? ClockTime.WithHours(goal) : null,
    };
}

public sealed record WeekDto(DateOnly Monday, bool CanEdit, IReadOnlyList<SessionDto> Sessions);

/// <summary>A saved block in a list: when it starts, how long it runs, when it was made.</summary>
public sealed record BlockSummaryDto(Guid Id, DateOnly StartDate, int Weeks, DateTimeOffset CreatedAt);

/// <summary>A saved block: the engine's figures at generation time and its sessions as they stand now.</summary>
public sealed record BlockDto(Guid Id, DateOnly StartDate, int Weeks, DateTimeOffset CreatedAt, BlockSnapshot Snapshot, IReadOnlyList<SessionDto> Sessions);
