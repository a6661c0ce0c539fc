using HybridTrainer.Data.Coaching;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Invitations;

/// <summary>Where a link stands at a given moment, and what its holder reads when it no longer works.</summary>
internal static class InvitationStates
{
    public static InvitationState Of(Invitation i, DateTimeOffset now) =>
        i.ClaimedAt is not null ? InvitationState.Claimed
        : i.RevokedAt is not null ? InvitationState.Revoked
        : i.ExpiresAt <= now ? InvitationState.Expired
        : InvitationState.Open;

    public static string NoLongerValidMessage(InvitationState state, IStringLocalizer<InvitationsText> text) => state switch
    {
        InvitationState.Claimed => text["UsedAlready"],
        InvitationState.Revoked => text["Withdrawn"],
        _ => text["Expired"],
    };
}
