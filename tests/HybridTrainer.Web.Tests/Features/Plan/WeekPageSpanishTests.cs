using System.Globalization;
using System.Net;
using HybridTrainer.Domain.Time;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Plan;

/// <summary>The week page for a reader whose browser asks for Spanish: its header, days and cards in Spanish.</summary>
public class WeekPageSpanishTests(HostFixture host) : HostTest(host)
{
    private static readonly DateOnly Monday = LocalDays.MondayOf(TestClock.Today).AddDays(7);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Week_AskedInSpanish_ShowsTheWeekHeaderDaysAndCardsInSpanish()
    {
        var page = await WeekPageAsync("es-ES,es;q=0.9");

        var spanish = CultureInfo.GetCultureInfo("es");
        page.ShouldContain($"Semana del {Monday.ToString("d MMMM yyyy", spanish)}");
        page.ShouldContain(Monday.ToString("ddd d MMM", spanish));
        page.ShouldContain(">Siguiente<");
        page.ShouldContain(" · carga ");
        page.ShouldContain("Mover a…");
        page.ShouldNotContain("Week of");
    }

    [Fact]
    public async Task Week_AskedInEnglish_KeepsItsEnglishWords()
    {
        var page = await WeekPageAsync("en-GB");

        page.ShouldContain($"Week of {Monday.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
        page.ShouldContain(" · load ");
        page.ShouldContain("Move to…");
    }

    private async Task<string> WeekPageAsync(string acceptLanguage)
    {
        var (_, _, email) = await new TestData(App).AthleteWithBlockAsync(Monday);
        using var client = CreateClient();
        (await AccountClient.LogInAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        using var response = await client.GetAsync($"/week?start={IsoDate.Of(Monday)}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The renderer escapes every character outside ASCII ("á" as "&#xE1;"): read the page as a browser would.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }
}
