namespace HybridTrainer.Data.Access;

/// <summary>
/// A token a user creates for scripts (<c>Authorization: Bearer …</c>). Shown once; only its SHA-256 is stored,
/// so a leaked database does not leak working tokens.
/// </summary>
public class PersonalAccessToken
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>The first characters of the token, kept in clear so the user can tell their tokens apart.</summary>
    public required string Prefix { get; set; }

    public required byte[] TokenHash { get; set; }

    /// <summary>Chosen at creation; tokens made before scopes existed keep the full rights they were made with.</summary>
    public AccessTokenScope Scope { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
