namespace HybridTrainer.Web.Infrastructure.Email;

/// <summary>One e-mail to one person, in plain text and HTML (the HTML already encoded by whoever wrote it).</summary>
public sealed record EmailMessage(string To, string ToName, string Subject, string PlainText, string Html)
{
    /// <summary>Extra header fields, such as List-Unsubscribe on notifications (RFC 8058).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
