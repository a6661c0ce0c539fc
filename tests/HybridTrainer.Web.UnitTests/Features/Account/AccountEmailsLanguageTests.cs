using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Account;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Features.Account;

/// <summary>Account e-mails go out in the account owner's language, whoever asked for them.</summary>
public class AccountEmailsLanguageTests
{
    private static readonly AccountEmails Emails = new(StaticLocalizers.For<AccountEmailText>());

    private static AppUser Person(string? language, string? browser) =>
        new() { Email = "ana@example.test", DisplayName = "Ana", Language = language, BrowserLanguage = browser };

    [Fact]
    public void PasswordReset_ChosenSpanish_RequestedInEnglish_IsInSpanish()
    {
        using (Languages.Use(Languages.English))
        {
            var mail = Emails.PasswordReset(Person(Languages.Spanish, null), "https://hybridtrainer.test/reset", TimeSpan.FromHours(24));

            mail.Subject.ShouldBe("Restablece tu contraseña de HybridTrainer");
            mail.PlainText.ShouldContain("Hola, Ana:");
            mail.PlainText.ShouldContain("Elige una contraseña nueva: https://hybridtrainer.test/reset");
            mail.PlainText.ShouldContain("durante 24 horas");
        }
    }

    [Fact]
    public void PasswordReset_ChosenEnglish_RequestedInSpanish_IsInEnglish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var mail = Emails.PasswordReset(Person(Languages.English, Languages.Spanish), "https://hybridtrainer.test/reset", TimeSpan.FromHours(1));

            mail.Subject.ShouldBe("Reset your HybridTrainer password");
            mail.PlainText.ShouldContain("The link works once, for 1 hour.");
        }
    }

    [Fact]
    public void ConfirmAddress_NoChoice_SpanishBrowser_IsInSpanish()
    {
        var mail = Emails.ConfirmAddress(Person(null, Languages.Spanish), "ana@example.test", "https://hybridtrainer.test/confirm");

        mail.Subject.ShouldBe("Confirma tu dirección de correo en HybridTrainer");
        mail.Html.ShouldContain("<html lang=\"es\">");
        mail.Html.ShouldContain("<a href=\"https://hybridtrainer.test/confirm\">Confirmar mi dirección</a>");
    }

    [Fact]
    public void ConfirmAddress_NothingKnown_IsInEnglish_WordForWordAsBefore()
    {
        var mail = Emails.ConfirmAddress(Person(null, null), "ana@example.test", "https://hybridtrainer.test/confirm");

        mail.Subject.ShouldBe("Confirm your e-mail address for HybridTrainer");
        mail.PlainText.ShouldBe("""
            Hello Ana,

            Please confirm that this is your e-mail address, so a forgotten password can be reset by e-mail.

            Confirm my address: https://hybridtrainer.test/confirm

            If you did not create a HybridTrainer account, ignore this e-mail.

            HybridTrainer
            """);
    }
}
