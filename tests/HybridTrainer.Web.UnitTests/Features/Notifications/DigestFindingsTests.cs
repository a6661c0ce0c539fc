using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Notifications;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Features.Notifications;

/// <summary>The coach's digest names each client's plan findings in the coach's language, and old verdicts as kept.</summary>
public class DigestFindingsTests
{
    private static readonly NotificationEmails Emails = new(StaticLocalizers.For<NotificationText>(), StaticLocalizers.For<WhyText>());
    private static readonly NotificationLinksFor Links = new("https://hybridtrainer.test", "https://hybridtrainer.test/unsubscribe/abc");
    private static readonly DateOnly Monday = new(2026, 12, 7);

    [Fact]
    public void Digest_InSpanish_WordsAKeptFindingInSpanish()
    {
        var client = new DigestClient(Guid.NewGuid(), "Wren Walker", null, 0, ["R12: FindingHillJogBack|2026-12-10"], []);
        using (Languages.Use(Languages.Spanish))
        {
            Emails.Digest("coach@example.test", "Ana", Monday, [client], Links).PlainText
                .ShouldContain("R12: Cuestas del jue 10 dic: el trote de bajada debe durar al menos lo mismo que la subida.");
        }
    }

    [Fact]
    public void Digest_AVerdictKeptBeforeKeys_IsNamedAsWritten()
    {
        const string Old = "R12: Hill repeats on Thu 10 Dec: the jog back down must last at least as long as the climb.";
        var client = new DigestClient(Guid.NewGuid(), "Wren Walker", null, 0, [Old], []);
        using (Languages.Use(Languages.Spanish))
        {
            Emails.Digest("coach@example.test", "Ana", Monday, [client], Links).PlainText.ShouldContain(Old);
        }
    }
}
