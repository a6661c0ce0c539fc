namespace HybridTrainer.Data.Resilience;

/// <summary>
/// Connection defaults for one app instance (section "Database"). A setting written in the connection string wins.
/// The defaults keep an interactive request from waiting more than about two seconds when PostgreSQL is down.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Connections this instance may hold. N instances × this must stay below PostgreSQL's max_connections.</summary>
    public int MaxPoolSize { get; set; } = 50;

    /// <summary>
    /// Statements each connection keeps prepared once used a few times (Npgsql's automatic preparation): the week read
    /// and the gate's relation query then skip PostgreSQL's parse and plan on every request. 0 turns it off, as a
    /// pooler in transaction mode (PgBouncer before 1.21) needs.
    /// </summary>
    public int MaxAutoPrepare { get; set; } = 64;

    /// <summary>Seconds to open a connection (or to wait for a free one in the pool).</summary>
    public int ConnectTimeoutSeconds { get; set; } = 2;

    /// <summary>Seconds a single command may run.</summary>
    public int CommandTimeoutSeconds { get; set; } = 15;

    /// <summary>Retries of a transient failure, within <see cref="RetryBudget"/>.</summary>
    public int MaxRetryCount { get; set; } = 3;

    /// <summary>No retry starts after this much time since the first attempt: the caller gets an answer instead.</summary>
    public TimeSpan RetryBudget { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Longest pause between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMilliseconds(300);
}
