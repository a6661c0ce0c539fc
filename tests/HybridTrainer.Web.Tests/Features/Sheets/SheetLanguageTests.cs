using System.Globalization;
using System.Net;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Time;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Sheets;

/// <summary>
/// One print, several languages: each sheet is worded in its athlete's language (their choice, else their browser's,
/// English without an account), whoever prints; the toolbar around the sheets is in the reader's.
/// </summary>
public sealed class SheetLanguageTests(HostFixture host) : HostTest(host)
{
    private static readonly DateOnly Monday = LocalDays.MondayOf(TestClock.Today);
    private static readonly string Week = Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Print_SpanishAndEnglishMembers_WritesEachSheetInItsAthletesLanguage()
    {
        var sheets = new SheetTestData(App);
        var (_, staff, _, members) = await sheets.GymWithMembersAsync(Monday, 2, 2.5m, "Ana", "Ben");
        await SetLanguageAsync(members[0], chosen: Languages.Spanish, browser: null);
        await SetLanguageAsync(members[1], chosen: null, browser: Languages.English);
        using var client = await LogInAsync(staff);

        var html = await PrintAsync(client, $"/sheets/print?week={Week}&all=true");

        var ana = SheetOf(html, members[0]);
        ana.ShouldContain("lang=\"es\"");
        ana.ShouldContain("Semana del lunes");
        ana.ShouldContain("Calentamiento: ");
        ana.ShouldContain("Por qué: ");
        ana.ShouldNotContain("Warm-up: ");
        var ben = SheetOf(html, members[1]);
        ben.ShouldContain("lang=\"en\"");
        ben.ShouldContain("Week of Monday");
        ben.ShouldContain("Warm-up: ");
        ben.ShouldNotContain("Calentamiento");
    }

    [Fact]
    public async Task Print_ChosenLanguage_WinsOverTheBrowsers()
    {
        var sheets = new SheetTestData(App);
        var (_, staff, _, members) = await sheets.GymWithMembersAsync(Monday, 1);
        await SetLanguageAsync(members[0], chosen: Languages.English, browser: Languages.Spanish);
        using var client = await LogInAsync(staff);

        var sheet = SheetOf(await PrintAsync(client, $"/sheets/print?week={Week}&athlete={members[0].Id}"), members[0]);

        sheet.ShouldContain("Week of Monday");
    }

    [Fact]
    public async Task Print_BrowserLanguageOnly_PrintsInThatLanguage()
    {
        var sheets = new SheetTestData(App);
        var (_, staff, _, members) = await sheets.GymWithMembersAsync(Monday, 1);
        await SetLanguageAsync(members[0], chosen: null, browser: Languages.Spanish);
        using var client = await LogInAsync(staff);

        var sheet = SheetOf(await PrintAsync(client, $"/sheets/print?week={Week}&athlete={members[0].Id}"), members[0]);

        sheet.ShouldContain("Semana del lunes");
    }

    [Fact]
    public async Task Print_ManagedProfileWithoutAccount_PrintsInEnglishBesideASpanishTemplate()
    {
        var sheets = new SheetTestData(App);
        var (gym, staff, _, members) = await sheets.GymWithMembersAsync(Monday, 1);
        await SetLanguageAsync(members[0], chosen: Languages.Spanish, browser: null);
        await sheets.CloneMembersAsync(members[0], gym.Id, 1);
        using var client = await LogInAsync(staff);

        var html = await PrintAsync(client, $"/sheets/print?week={Week}&all=true");

        var clone = html.Split("<section class=\"sh-sheet\"").Single(s => s.Contains("Clone 000", StringComparison.Ordinal));
        clone.ShouldContain("Week of Monday");
        SheetOf(html, members[0]).ShouldContain("Semana del lunes");
    }

    [Fact]
    public async Task Print_ReaderInSpanish_WordsTheToolbarInSpanishAndAnEnglishAthletesSheetInEnglish()
    {
        var sheets = new SheetTestData(App);
        var (_, staff, _, members) = await sheets.GymWithMembersAsync(Monday, 1);
        using var client = await LogInAsync(staff);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var html = await PrintAsync(client, $"/sheets/print?week={Week}&athlete={members[0].Id}");

        html.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"es\">");
        html.ShouldContain("Volver a la selección");
        html.ShouldContain("1 hoja, una página A4 cada una");
        SheetOf(html, members[0]).ShouldContain("Week of Monday");
    }

    private async Task SetLanguageAsync(Athlete athlete, string? chosen, string? browser)
    {
        await using var db = App.CreateDbContext();
        await db.Users.Where(u => u.Id == athlete.UserId).ExecuteUpdateAsync(
            u => u.SetProperty(x => x.Language, chosen).SetProperty(x => x.BrowserLanguage, browser), TestContext.Current.CancellationToken);
    }

    private static async Task<string> PrintAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static string SheetOf(string html, Athlete athlete) =>
        html.Split("<section class=\"sh-sheet\"").Single(s => s.Contains($"data-athlete=\"{athlete.Id}\"", StringComparison.Ordinal));

    private async Task<HttpClient> LogInAsync(string email)
    {
        var client = CreateClient();
        (await AccountClient.LogInAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }
}
