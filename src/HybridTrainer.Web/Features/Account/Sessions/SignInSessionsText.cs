namespace HybridTrainer.Web.Features.Account.Sessions;

/// <summary>The words of the signed-in sessions page, in English and Spanish.</summary>
public sealed class SignInSessionsText;
