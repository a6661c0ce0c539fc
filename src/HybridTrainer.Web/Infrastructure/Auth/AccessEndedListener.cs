using HybridTrainer.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Listens on its own PostgreSQL connection for <see cref="AccessEndedNotices"/> from other instances and ends that
/// user's access here at once (<see cref="AccessEndings.EndedElsewhereAsync"/>): within a second instead of the
/// one-minute check, which stays as the fallback. When the connection drops (the database restarts or is stopped) it
/// logs one warning, retries with a growing pause, and logs once more when it listens again; the app keeps serving.
/// </summary>
internal sealed partial class AccessEndedListener(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, AccessEndedNotices notices, AccessEndings endings, ILogger<AccessEndedListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = ListenerConnectionString();
        var retry = FirstRetry;
        var lost = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, () =>
                {
                    if (lost)
                    {
                        LogListeningAgain();
                        lost = false;
                    }

                    retry = FirstRetry;
                }, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Whatever broke the connection, the listener must not stop the app (a failed background service stops the host).
                if (!lost)
                {
                    LogConnectionLost(e.GetBaseException().Message);
                    lost = true;
                }

                // Real time, not the app's TimeProvider: this is about the database coming back, not the training day.
                try
                {
                    await Task.Delay(retry, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
            }
        }
    }

    private async Task ListenAsync(string connectionString, Action listening, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var ended = new List<Guid>();
        connection.Notification += (_, notice) =>
        {
            if (notices.TryReadFromElsewhere(notice.Payload, out var userId))
            {
                ended.Add(userId);
            }
        };
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {AccessEndedNotices.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        listening();
        while (true)
        {
            // Notices arrive in the handler above while this waits; they are acted on outside it, where awaiting is fine.
            await connection.WaitAsync(stoppingToken);
            foreach (var userId in ended.ToArray())
            {
                await EndHereAsync(userId, stoppingToken);
            }

            ended.Clear();
        }
    }

    private async Task EndHereAsync(Guid userId, CancellationToken stoppingToken)
    {
        try
        {
            await endings.EndedElsewhereAsync(userId, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The periodic check still ends it; one failed notice must not stop the listener.
            LogNotApplied(userId, e.GetBaseException().Message);
        }
    }

    /// <summary>The app's connection string, unpooled (this connection is held for the app's life) with a keepalive, so a silently dead link is noticed.</summary>
    private string ListenerConnectionString()
    {
        using var db = dbFactory.CreateDbContext();
        return new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false, KeepAlive = 10 }.ConnectionString;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the database connection that hears about ended access on other instances ({Reason}); retrying. Until then they reach this instance within the periodic check")]
    private partial void LogConnectionLost(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hearing about ended access on other instances again")]
    private partial void LogListeningAgain();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not end the access of user {UserId} that ended on another instance ({Reason}); the periodic check will")]
    private partial void LogNotApplied(Guid userId, string reason);
}
