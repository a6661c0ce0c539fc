using HybridTrainer.Data.Planning;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>A calendar week, Monday first, with the stored sessions that fall in it.</summary>
/// <remarks><see cref="Today"/> is the athlete's own date, in their time zone.</remarks>
public sealed record WeekView(DateOnly Monday, IReadOnlyList<WeekSession> Sessions, AthleteAccess Access, DateOnly Today)
{
    /// <summary>Whether the viewer may move sessions (gym staff only look).</summary>
    public bool CanEdit => Access.Can(AthleteOperation.EditPlan);

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, 7).Select(Monday.AddDays);
}

/// <summary>
/// A saved block with the engine's figures at generation time and its sessions as they stand now (moves and accepted
/// downgrades included).
/// </summary>
public sealed record StoredBlockView(Guid Id, DateOnly StartDate, int Weeks, DateTimeOffset CreatedAt, BlockSnapshot Snapshot, IReadOnlyList<WeekSession> Sessions);

/// <summary>A session as the viewer may see it, and whether it is logged.</summary>
public sealed record WeekSession(SessionView Session, bool Logged);

