namespace HybridTrainer.Data.Coaching;

/// <summary>
/// A one-time link that brings someone in: a gym admin inviting a coach or staff, or a coach inviting a client.
/// Only the SHA-256 of the token is stored; the link itself is shown once, to be copied, since no mail server exists.
/// </summary>
public class Invitation
{
    public Guid Id { get; set; }

    public InvitationKind Kind { get; set; }

    /// <summary>The gym joined on claim; for a client invitation, the coach's gym if any.</summary>
    public Guid? GymId { get; set; }

    public Guid InvitedByUserId { get; set; }

    /// <summary>For a client invitation: the managed profile the athlete takes over on claim, or null to start a new one.</summary>
    public Guid? AthleteId { get; set; }

    /// <summary>Who the link is meant for, as the inviter wrote it (a name or an e-mail): shown to both sides.</summary>
    public required string InviteeLabel { get; set; }

    public required byte[] TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public Guid? ClaimedByUserId { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>PostgreSQL's xmin: two people claiming the same link at once cannot both win.</summary>
    public uint Version { get; set; }
}
