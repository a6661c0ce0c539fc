using HybridTrainer.Web.Infrastructure.Audit;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HybridTrainer.Web.Infrastructure.Email;

/// <summary>
/// Sends over SMTP with MailKit, one connection per message (mail here is rare: resets and confirmations). A failure is
/// logged with the recipient's fingerprint and the server's answer, never the body: it holds one-time links.
/// </summary>
internal sealed partial class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public bool IsOn => options.Value.IsConfigured;

    public async Task<EmailOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return EmailOutcome.Off;
        }

        try
        {
            using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
            await client.ConnectAsync(settings.Host!, settings.Port, SocketOptions(settings.Tls), cancellationToken);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(ToMime(settings, message), cancellationToken);
            await QuitAsync(client, cancellationToken);
            return EmailOutcome.Sent;
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or AuthenticationException
            or System.Net.Sockets.SocketException or IOException or SslHandshakeException or TimeoutException or ServiceNotConnectedException)
        {
            SendFailed(AuditLog.Fingerprint(message.To), settings.Host!, settings.Port, ex.GetType().Name, ex.Message);
            return EmailOutcome.Failed;
        }
    }

    private static MimeMessage ToMime(EmailOptions settings, EmailMessage message)
    {
        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress!));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        mime.Body = new BodyBuilder { TextBody = message.PlainText, HtmlBody = message.Html }.ToMessageBody();
        foreach (var (name, value) in message.Headers)
        {
            mime.Headers.Add(name, value);
        }

        return mime;
    }

    // The server has taken the message once SendAsync returns: a failed goodbye must not report it as unsent, or a
    // caller that retries failures would send it twice.
    private static async Task QuitAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException or ServiceNotConnectedException)
        {
            // Sent all the same.
        }
    }

    private static SecureSocketOptions SocketOptions(SmtpTls tls) => tls switch
    {
        SmtpTls.StartTls => SecureSocketOptions.StartTls,
        SmtpTls.Implicit => SecureSocketOptions.SslOnConnect,
        SmtpTls.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };

    [LoggerMessage(EventId = 6001, EventName = "EmailSendFailed", Level = LogLevel.Error,
        Message = "An e-mail to the address with fingerprint {EmailFingerprint} was not sent through {SmtpHost}:{SmtpPort}: {ErrorType}: {Error}")]
    private partial void SendFailed(string emailFingerprint, string smtpHost, int smtpPort, string errorType, string error);
}
