namespace HybridTrainer.Web.Infrastructure.Concurrency;

/// <summary>
/// What an update expects to find (optimistic concurrency on PostgreSQL's xmin): the version the caller read, or
/// nothing when the caller believes it creates the row. A mismatch is refused as stale, never silently overwritten;
/// SaveChanges' own xmin check catches a change that lands between the read and the write.
/// </summary>
public readonly record struct ExpectedVersion(uint? Value)
{
    /// <summary>The caller creates the row; finding one already is a conflict.</summary>
    public static ExpectedVersion None => new(null);

    public bool Matches(uint? current) => current == Value;
}
