using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Email;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Account;

/// <summary>
/// The words of the account e-mails, each in plain text and HTML, in the recipient's language (their choice, else
/// their browser's at their last sign-in), not the language of whoever asked for the mail.
/// </summary>
internal sealed class AccountEmails(IStringLocalizer<AccountEmailText> text)
{
    // Letters of every language stay readable in the HTML source; markup characters are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public EmailMessage PasswordReset(AppUser user, string link, TimeSpan validFor)
    {
        using var language = Languages.Use(Languages.ForPerson(user.Language, user.BrowserLanguage));
        return Build(
            user.Email!,
            user.DisplayName,
            text["ResetSubject"],
            text["ResetIntro"],
            text["ResetAction"],
            link,
            text["ResetOutro", Hours(validFor)]);
    }

    public EmailMessage ConfirmAddress(AppUser user, string to, string link)
    {
        using var language = Languages.Use(Languages.ForPerson(user.Language, user.BrowserLanguage));
        return Build(to, user.DisplayName, text["ConfirmSubject"], text["ConfirmIntro"], text["ConfirmAction"], link, text["ConfirmOutro"]);
    }

    private string Hours(TimeSpan span) => span.TotalHours is 1 ? text["OneHour"] : text["Hours", span.TotalHours];

    private EmailMessage Build(string to, string name, string subject, string intro, string action, string link, string outro)
    {
        string greeting = text["Greeting", name];
        var plain = $"""
            {greeting}

            {intro}

            {action}: {link}

            {outro}

            HybridTrainer
            """;
        var body = $"""
            <!DOCTYPE html>
            <html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><body style="font-family: sans-serif; line-height: 1.5">
            <p>{Html.Encode(greeting)}</p>
            <p>{Html.Encode(intro)}</p>
            <p><a href="{Html.Encode(link)}">{Html.Encode(action)}</a></p>
            <p style="color: #555">{Html.Encode(outro)}</p>
            <p>HybridTrainer</p>
            </body></html>
            """;
        return new EmailMessage(to, name, subject, plain, body);
    }
}
