namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>OWASP ASVS 5.0 password length: at least 12, and long passphrases up to 128 are welcome.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    /// <summary>
    /// PBKDF2-HMAC-SHA512 rounds, OWASP's Password Storage Cheat Sheet figure (ASP.NET Core's default is 100,000).
    /// Older hashes keep working and are re-hashed with this count at their owner's next sign-in.
    /// </summary>
    public const int HashIterations = 210_000;
}
