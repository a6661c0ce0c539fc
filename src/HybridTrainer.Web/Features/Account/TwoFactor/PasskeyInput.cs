namespace HybridTrainer.Web.Features.Account.TwoFactor;

/// <summary>What the passkey script posts: the browser's credential as JSON, or why there is none.</summary>
public sealed class PasskeyInput
{
    public string? CredentialJson { get; set; }

    public string? Error { get; set; }
}

/// <summary>Which browser call the passkey button makes.</summary>
public enum PasskeyOperation
{
    Create,
    Request,
}
