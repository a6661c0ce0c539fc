using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Notifications;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Features.Notifications;

/// <summary>The notification e-mails are worded in the language the sender sets around them.</summary>
public class NotificationEmailsInSpanishTests
{
    private static readonly NotificationEmails Emails = new(StaticLocalizers.For<NotificationText>(), StaticLocalizers.For<WhyText>());
    private static readonly NotificationLinksFor Links = new("https://hybridtrainer.test", "https://hybridtrainer.test/unsubscribe/abc");
    private static readonly DateOnly Monday = new(2026, 12, 7);

    private static readonly DigestClient Client = new(Guid.NewGuid(), "Wren Walker", null, 2, [], ["Old Pegasus (912 km)"]);

    private static readonly TomorrowSession Run = new(Guid.NewGuid(), "Steady run", "45 min, RPE 4", ["8 km"], ["Aerobic base."], "Keep it easy.");

    [Fact]
    public void Digest_InSpanish_HasASpanishSubjectWithTheSpanishDate()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var mail = Emails.Digest("coach@example.test", "Ana", Monday, [Client, Client], Links);

            mail.Subject.ShouldBe("HybridTrainer: 2 clientes necesitan tu atención (lun 7 dic)");
        }
    }

    [Fact]
    public void Digest_InSpanish_NamesWhatNeedsALookInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var mail = Emails.Digest("coach@example.test", "Ana", Monday, [Client], Links);

            mail.PlainText.ShouldContain("Buenos días, Ana:");
            mail.PlainText.ShouldContain("No hizo 2 sesiones ayer");
            mail.PlainText.ShouldContain("Zapatillas para retirar: Old Pegasus (912 km)");
            mail.PlainText.ShouldContain("Date de baja con un clic: https://hybridtrainer.test/unsubscribe/abc");
        }
    }

    [Fact]
    public void Digest_InEnglish_KeepsTheEnglishWordsAndDate()
    {
        using (Languages.Use(Languages.English))
        {
            var mail = Emails.Digest("coach@example.test", "Ana", Monday, [Client], Links);

            mail.Subject.ShouldBe("HybridTrainer: 1 client needs a look (Mon 7 Dec)");
            mail.PlainText.ShouldContain("Missed 2 sessions yesterday");
            mail.Html.ShouldContain("<html lang=\"en\">");
        }
    }

    [Fact]
    public void Tomorrow_InSpanish_WritesTheDayAsSpanishDoes()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var mail = Emails.Tomorrow("ana@example.test", "Ana", Monday, [Run, Run], Links);

            mail.Subject.ShouldBe("Mañana: Steady run y 1 más");
            mail.PlainText.ShouldContain("Mañana, lunes 7 de diciembre:");
            mail.PlainText.ShouldContain("  Por qué: Aerobic base.");
            mail.PlainText.ShouldContain("  Nota del entrenador: Keep it easy.");
        }
    }

    [Fact]
    public void Tomorrow_InSpanish_HtmlIsMarkedSpanishAndKeepsItsAccentsReadable()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var mail = Emails.Tomorrow("ana@example.test", "Ana", Monday, [Run], Links);

            mail.Html.ShouldContain("<html lang=\"es\">");
            mail.Html.ShouldContain("<em>Por qué:</em> Aerobic base.");
        }
    }

    [Fact]
    public void HourValidator_InSpanish_SaysSoInSpanish()
    {
        var validator = new NotificationSettingsInputValidator(StaticLocalizers.For<NotificationText>());

        using (Languages.Use(Languages.Spanish))
        {
            validator.Validate(new NotificationSettingsInput { DigestHour = 24 }).Errors.ShouldHaveSingleItem()
                .ErrorMessage.ShouldBe("Elige una hora entre las 00:00 y las 23:00.");
        }
    }
}
