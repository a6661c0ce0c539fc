namespace HybridTrainer.Web.Features.AccessTokens;

/// <summary>The words of the personal access tokens page, in English and Spanish.</summary>
public sealed class AccessTokensText;
