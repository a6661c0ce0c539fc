namespace HybridTrainer.Web.Infrastructure.Email;

/// <summary>What became of an e-mail.</summary>
public enum EmailOutcome
{
    Sent,

    /// <summary>The server is not configured to send e-mail.</summary>
    Off,

    /// <summary>The SMTP server could not be reached or refused the message (logged).</summary>
    Failed,
}

/// <summary>Sends one e-mail now. Pages hand their mail to <see cref="EmailOutbox"/> instead, so they answer at once.</summary>
public interface IEmailSender
{
    bool IsOn { get; }

    Task<EmailOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
