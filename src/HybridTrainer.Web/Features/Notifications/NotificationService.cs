namespace HybridTrainer.Web.Features.Notifications;

/// <summary>
/// Wakes every minute of the app's clock (the injected <see cref="TimeProvider"/>) and sends what is due. Holds nothing
/// in memory between passes: what was sent lives in the sent-log, so a restart or a second instance sends nothing twice.
/// </summary>
internal sealed partial class NotificationService(NotificationDispatcher dispatcher, TimeProvider clock, ILogger<NotificationService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                try
                {
                    await dispatcher.RunAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // A database outage or a bug in one pass must not stop the next.
                    PassFailed(ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(EventId = 6100, EventName = "NotificationPassFailed", Level = LogLevel.Error, Message = "A notification pass failed; the next one runs in a minute")]
    private partial void PassFailed(Exception exception);
}
