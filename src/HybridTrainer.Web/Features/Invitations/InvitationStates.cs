using HybridTrainer.Data.Coaching;

namespace HybridTrainer.Web.Features.Invitations;

/// <summary>Where a link stands at a given moment, and what its holder reads when it no longer works.</summary>
internal static class InvitationStates
{
    public static InvitationState Of(Invitation i, DateTimeOffset now) =>
        i.ClaimedAt is not null ? InvitationState.Claimed
        : i.RevokedAt is not null ? InvitationState.Revoked
        : i.ExpiresAt <= now ? InvitationState.Expired
        : InvitationState.Open;

    public static string NoLongerValidMessage(InvitationState state) => state switch
    {
        InvitationState.Claimed => "This invitation has already been used; each link works once. Ask for a new one.",
        InvitationState.Revoked => "This invitation was withdrawn by the person who sent it. Ask for a new one.",
        _ => "This invitation has expired (links last a week). Ask for a new one.",
    };
}
