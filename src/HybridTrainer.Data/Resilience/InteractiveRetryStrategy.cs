using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace HybridTrainer.Data.Resilience;

/// <summary>
/// Npgsql's retrying strategy with a time budget: a user waiting on a page or an API call gets an answer (503) instead
/// of retries that add up to many seconds. After a connection failure the pool is cleared, so connections broken by a
/// database restart are never handed out again and the next attempt opens a fresh one.
/// </summary>
internal sealed class InteractiveRetryStrategy(ExecutionStrategyDependencies dependencies, DatabaseOptions options)
    : NpgsqlRetryingExecutionStrategy(dependencies, options.MaxRetryCount, options.MaxRetryDelay, errorCodesToAdd: null)
{
    private long _startedAt = Stopwatch.GetTimestamp();

    protected override void OnFirstExecution()
    {
        base.OnFirstExecution();
        _startedAt = Stopwatch.GetTimestamp();
    }

    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        if (DatabaseFailures.IsUnavailable(lastException)
            && Dependencies.CurrentContext.Context.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            NpgsqlConnection.ClearPool(connection);
        }

        var delay = base.GetNextDelay(lastException);
        return delay is { } next && Stopwatch.GetElapsedTime(_startedAt) + next > options.RetryBudget ? null : delay;
    }
}
