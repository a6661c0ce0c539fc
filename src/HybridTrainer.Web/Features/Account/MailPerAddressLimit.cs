using System.Collections.Concurrent;
using HybridTrainer.Web.Infrastructure.Audit;

namespace HybridTrainer.Web.Features.Account;

/// <summary>
/// At most <c>RateLimiting:AccountMailsPerAddressPerHour</c> account e-mails (resets, confirmations) to one address an
/// hour, whoever asks and from wherever: nobody can flood a mailbox through the forgot-password form. Past the limit the
/// mail is quietly not sent; the page answers the same, so the limit says nothing about whether an account exists.
/// Kept per instance, by the address's fingerprint.
/// </summary>
internal sealed class MailPerAddressLimit(IConfiguration configuration, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly int _perHour = configuration.GetValue("RateLimiting:AccountMailsPerAddressPerHour", 3);
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _sent = new();

    /// <summary>True, and counted, when another mail to the address is within the limit.</summary>
    public bool TryTake(string email)
    {
        var now = clock.GetUtcNow();
        if (_sent.Count > 10_000)
        {
            Prune(now);
        }

        var times = _sent.GetOrAdd(AuditLog.Fingerprint(email), _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            while (times.Count > 0 && times.Peek() <= now - Window)
            {
                times.Dequeue();
            }

            if (times.Count >= _perHour)
            {
                return false;
            }

            times.Enqueue(now);
            return true;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, times) in _sent)
        {
            lock (times)
            {
                if (times.Count == 0 || times.Last() <= now - Window)
                {
                    _sent.TryRemove(key, out _);
                }
            }
        }
    }
}
