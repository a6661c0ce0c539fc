namespace HybridTrainer.Web.Features.Sessions;

/// <summary>A card's "Move to…" choice: which session, to which day. Nothing is moved until the checker has answered.</summary>
public readonly record struct SessionMoveRequest(Guid SessionId, DateOnly Day);
