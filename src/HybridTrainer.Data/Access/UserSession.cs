namespace HybridTrainer.Data.Access;

/// <summary>
/// One signed-in browser: its cookie carries this row's id, and the cookie works only while the row exists, has not
/// ended and is younger than the absolute session lifetime. Logging out ends the row, so a copied cookie stops too.
/// </summary>
public class UserSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the cookie was last checked against this row (at most every access-check interval).</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>Browser and system, shortened ("Firefox on Linux"), so people can tell their sessions apart.</summary>
    public required string UserAgent { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
}
