using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HybridTrainer.Data.Diagnostics;

/// <summary>
/// Counts the database commands every context of the app sends, so tests and benchmarks can prove that a page's
/// queries do not grow with its rows. Registered only in the Testing and Benchmark environments
/// (<see cref="DataServiceCollectionExtensions.AddHybridTrainerData"/>): production contexts carry no interceptor.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    /// <summary>The environments in which the app counts its commands.</summary>
    public static readonly IReadOnlySet<string> Environments = new HashSet<string>(["Testing", "Benchmark"], StringComparer.OrdinalIgnoreCase);

    /// <summary>How many command texts <see cref="Recent"/> keeps: enough for a test, bounded for a benchmark.</summary>
    public const int RecentLimit = 256;

    private readonly ConcurrentQueue<string> _recent = new();
    private long _count;

    /// <summary>Commands sent since the app started or since the last <see cref="Reset"/>.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>The texts of the first <see cref="RecentLimit"/> commands since the last <see cref="Reset"/>.</summary>
    public IReadOnlyList<string> Recent => [.. _recent];

    public void Reset()
    {
        _recent.Clear();
        Interlocked.Exchange(ref _count, 0);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, result));

    private T Counted<T>(DbCommand command, T result)
    {
        if (Interlocked.Increment(ref _count) <= RecentLimit)
        {
            _recent.Enqueue(command.CommandText);
        }

        return result;
    }
}
