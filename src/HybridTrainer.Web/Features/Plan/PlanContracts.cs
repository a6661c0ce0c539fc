using HybridTrainer.Data.Planning;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>Saves a freshly generated block from <see cref="StartDate"/> (today or later) for 1 to 16 weeks (default 4).</summary>
public sealed record SaveBlockRequest(DateOnly? StartDate, int? Weeks);

public sealed record WeekDto(DateOnly Monday, bool CanEdit, IReadOnlyList<SessionDto> Sessions);

/// <summary>A saved block in a list: when it starts, how long it runs, when it was made.</summary>
public sealed record BlockSummaryDto(Guid Id, DateOnly StartDate, int Weeks, DateTimeOffset CreatedAt);

/// <summary>A saved block: the engine's figures at generation time and its sessions as they stand now.</summary>
public sealed record BlockDto(Guid Id, DateOnly StartDate, int Weeks, DateTimeOffset CreatedAt, BlockSnapshot Snapshot, IReadOnlyList<SessionDto> Sessions);
