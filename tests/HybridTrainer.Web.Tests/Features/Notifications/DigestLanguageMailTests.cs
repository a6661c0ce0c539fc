using System.Globalization;
using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Notifications;

/// <summary>The digest as smtp4dev receives it, in the coach's language: their choice, else their browser's.</summary>
public class DigestLanguageMailTests(NotificationMailFixture mail) : NotificationTest(mail)
{
    private const string Zone = "Europe/Madrid";

    [Fact]
    public async Task Digest_CoachWhoChoseSpanish_IsInSpanish_WithTheSpanishDate()
    {
        var (coach, client) = await CoachWithWornOutClientAsync(App, Zone);
        await SpeaksAsync(coach.Id, language: "es", browser: "en");
        var at = NextLocal(App, Zone, 7, 1);
        await RunOnAsync(App, client.Id, LocalDays.DateIn(at, client.TimeZone).AddDays(-1), "Easy aerobic volume.");

        await AdvanceToAsync(App, at);

        var (received, text) = await Smtp.WaitForMailToAsync(coach.Email!);
        var day = LocalDays.DateIn(at, Zone).ToString("ddd d MMM", CultureInfo.GetCultureInfo("es"));
        received.Subject.ShouldBe($"HybridTrainer: 1 cliente necesita tu atención ({day})");
        text.ShouldContain("1 cliente necesita tu atención hoy:");
        text.ShouldContain("Wren Walker");
        text.ShouldContain("Zapatillas para retirar: Old Pegasus");
        text.ShouldContain("No hizo la sesión de ayer");
        text.ShouldContain("Date de baja con un clic: ");
        text.ShouldNotContain("Shoes to retire");
    }

    [Fact]
    public async Task Digest_CoachWithoutAChoice_FollowsTheirBrowsersSpanish()
    {
        var (coach, _) = await CoachWithWornOutClientAsync(App, Zone);
        await SpeaksAsync(coach.Id, language: null, browser: "es");

        await AdvanceToAsync(App, NextLocal(App, Zone, 7, 1));

        var (received, html) = await HtmlOfMailToAsync(coach);
        received.ShouldStartWith("HybridTrainer: 1 cliente necesita tu atención");
        html.ShouldContain("<html lang=\"es\">");
        html.ShouldContain(">Abrir tus clientes</a>");
    }

    private async Task SpeaksAsync(Guid userId, string? language, string? browser)
    {
        await using var db = App.CreateDbContext();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(
            set => set.SetProperty(u => u.Language, language).SetProperty(u => u.BrowserLanguage, browser), TestContext.Current.CancellationToken);
    }

    private async Task<(string Subject, string Html)> HtmlOfMailToAsync(AppUser person)
    {
        var (received, _) = await Smtp.WaitForMailToAsync(person.Email!);
        return (received.Subject, await Smtp.HtmlOfAsync(received.Id));
    }
}
