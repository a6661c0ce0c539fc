namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>The words of sign-in infrastructure: Identity's own errors, password rules and the API's sign-in refusals, in English and Spanish.</summary>
public sealed class AuthText;
