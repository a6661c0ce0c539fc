using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;

namespace HybridTrainer.Web.Features.Invitations;

/// <summary>A link just created: the only moment its token is known.</summary>
public sealed record CreatedInvitation(Guid Id, string Path, DateTimeOffset ExpiresAt);

/// <summary>An invitation as its sender sees it in a list.</summary>
public sealed record SentInvitation(Guid Id, InvitationKind Kind, string InviteeLabel, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, InvitationState State);

/// <summary>What the person holding a link is told before accepting it.</summary>
public sealed record InvitationPreview(InvitationKind Kind, string InvitedBy, string? GymName, string InviteeLabel, InvitationState State);

public enum InvitationState
{
    Open,
    Claimed,
    Expired,
    Revoked,
}

/// <summary>One gym as its admin manages it: the people in it and the links still open.</summary>
public sealed record GymPeople(Guid GymId, string Name, IReadOnlyList<GymPerson> People, IReadOnlyList<SentInvitation> Invitations);

public sealed record GymPerson(Guid UserId, string DisplayName, string Email, GymRole Role, DateTimeOffset JoinedAt);
