using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace HybridTrainer.Web.Infrastructure.Email;

/// <summary>How TLS is used on the SMTP connection (MailKit's SecureSocketOptions, by a name an admin can read).</summary>
public enum SmtpTls
{
    /// <summary>STARTTLS when the server offers it (port 587 and most servers).</summary>
    Auto,

    /// <summary>STARTTLS, refused when the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    Implicit,

    /// <summary>No TLS: only for a server on the same machine or network, such as the demo's smtp4dev.</summary>
    None,
}

/// <summary>
/// The <c>Email:</c> section. Without a host the app sends no e-mail at all, and the pages that would send one say so.
/// </summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public SmtpTls Tls { get; set; } = SmtpTls.Auto;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "HybridTrainer";

    /// <summary>
    /// The public address links in e-mails start with (https://train.example.org). Without it the address the request
    /// came to is used; set it behind a proxy, or wherever the Host header is not checked (AllowedHosts).
    /// </summary>
    public Uri? LinkBaseUrl { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(FromAddress) || !MailAddress.TryCreate(FromAddress, out _))
        {
            yield return new ValidationResult("Email:FromAddress must be an e-mail address when Email:Host is set.", [nameof(FromAddress)]);
        }

        if (string.IsNullOrEmpty(User) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Set both Email:User and Email:Password, or neither.", [nameof(User)]);
        }

        if (LinkBaseUrl is { } link && (!link.IsAbsoluteUri || link.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("Email:LinkBaseUrl must be an absolute http or https address.", [nameof(LinkBaseUrl)]);
        }
    }
}
