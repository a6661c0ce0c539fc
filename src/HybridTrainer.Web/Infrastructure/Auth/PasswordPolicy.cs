namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>OWASP ASVS 5.0 password length: at least 12, and long passphrases up to 128 are welcome.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;
}
