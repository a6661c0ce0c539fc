namespace HybridTrainer.Web.Features.Invitations;

/// <summary>The words of invitation links: creating, listing and accepting them, in English and Spanish.</summary>
public sealed class InvitationsText;
