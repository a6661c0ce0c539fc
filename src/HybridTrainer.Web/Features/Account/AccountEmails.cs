using System.Text.Encodings.Web;
using HybridTrainer.Web.Infrastructure.Email;

namespace HybridTrainer.Web.Features.Account;

/// <summary>The words of the account e-mails, each in plain text and HTML.</summary>
internal static class AccountEmails
{
    public static EmailMessage PasswordReset(string to, string name, string link, TimeSpan validFor) => Build(
        to,
        name,
        "Reset your HybridTrainer password",
        $"Someone (we hope you) asked to reset the password of your HybridTrainer account.",
        "Choose a new password",
        link,
        $"The link works once, for {Hours(validFor)}. If you did not ask, ignore this e-mail: your password stays as it is.");

    public static EmailMessage ConfirmAddress(string to, string name, string link) => Build(
        to,
        name,
        "Confirm your e-mail address for HybridTrainer",
        "Please confirm that this is your e-mail address, so a forgotten password can be reset by e-mail.",
        "Confirm my address",
        link,
        "If you did not create a HybridTrainer account, ignore this e-mail.");

    private static string Hours(TimeSpan span) => span.TotalHours is 1 ? "1 hour" : $"{span.TotalHours:0.#} hours";

    private static EmailMessage Build(string to, string name, string subject, string intro, string action, string link, string outro)
    {
        var html = HtmlEncoder.Default;
        var text = $"""
            Hello {name},

            {intro}

            {action}: {link}

            {outro}

            HybridTrainer
            """;
        var body = $"""
            <!DOCTYPE html>
            <html lang="en"><body style="font-family: sans-serif; line-height: 1.5">
            <p>Hello {html.Encode(name)},</p>
            <p>{html.Encode(intro)}</p>
            <p><a href="{html.Encode(link)}">{html.Encode(action)}</a></p>
            <p style="color: #555">{html.Encode(outro)}</p>
            <p>HybridTrainer</p>
            </body></html>
            """;
        return new EmailMessage(to, name, subject, text, body);
    }
}
