namespace HybridTrainer.Web.Features.Account.ExternalSignIn;

/// <summary>The words of signing in through the gym's own provider (OpenID Connect), in English and Spanish.</summary>
public sealed class ExternalSignInText;
