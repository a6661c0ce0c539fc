namespace HybridTrainer.Web.Features.Account.TwoFactor;

/// <summary>The words of two-factor sign-in: authenticator codes, recovery codes and passkeys, in English and Spanish.</summary>
public sealed class TwoFactorText;
