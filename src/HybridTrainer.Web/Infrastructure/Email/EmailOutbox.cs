using System.Threading.Channels;

namespace HybridTrainer.Web.Infrastructure.Email;

/// <summary>
/// Mail a page must not wait for: the "forgot password" answer takes as long whether or not the account exists, so its
/// timing does not tell either. Held in memory only; a message lost to a restart is asked for again by the person.
/// </summary>
internal sealed partial class EmailOutbox(ILogger<EmailOutbox> logger)
{
    private readonly Channel<EmailMessage> _queue = Channel.CreateBounded<EmailMessage>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ChannelReader<EmailMessage> Reader => _queue.Reader;

    public void Enqueue(EmailMessage message)
    {
        if (!_queue.Writer.TryWrite(message))
        {
            Dropped(Audit.AuditLog.Fingerprint(message.To));
        }
    }

    [LoggerMessage(EventId = 6002, EventName = "EmailDropped", Level = LogLevel.Error,
        Message = "The e-mail queue is full; an e-mail to the address with fingerprint {EmailFingerprint} was dropped")]
    private partial void Dropped(string emailFingerprint);
}

/// <summary>Sends what the outbox holds, one message at a time, in the order it was queued.</summary>
internal sealed class EmailOutboxSender(EmailOutbox outbox, IEmailSender sender) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in outbox.Reader.ReadAllAsync(stoppingToken))
            {
                // A failure is logged by the sender; the person can ask again.
                await sender.SendAsync(message, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
