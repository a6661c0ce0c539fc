using System.Text.RegularExpressions;
using HybridTrainer.Data.Identity;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

public partial class SpanishJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task Athlete_SwitchesToSpanish_ReadsTheWeekAMessageAndTheirSheetInSpanish()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        var athlete = await data.CompleteAthleteAsync(user.Id);
        await LogInAsync(user.Email!, TestData.Password);
        await KeepABlockAsync();
        await Page.WaitForURLAsync(WeekAddress());
        var start = WeekAddress().Match(Page.Url).Groups["start"].Value;
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Next" })).ToBeVisibleAsync();

        await Page.GetByLabel("Language").SelectOptionAsync("es");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change language" }).ClickAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(Page).ToHaveURLAsync(WeekAddress());
        await Page.Locator("[data-interactive=true]").WaitForAsync();

        await Assertions.Expect(Page.Locator("#main")).ToContainTextAsync("Semana del");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Siguiente" })).ToBeVisibleAsync();
        await ScreenshotAsync("week-es");

        await Page.GotoAsync("/plan");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Entrenar para una carrera" }).ClickAsync();
        var raceDate = Page.GetByLabel("Fecha de la carrera");
        await raceDate.FillAsync(TestClock.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await raceDate.PressAsync("Tab");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vista previa" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#main")).ToContainTextAsync("La fecha de la carrera ya pasó: elige una carrera próxima.");

        await Page.GotoAsync($"/sheets/print?week={start}&athlete={athlete.Id}");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        var sheet = Page.Locator("section.sh-sheet");
        await Assertions.Expect(sheet).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(sheet).ToContainTextAsync("Por qué:");
    }

    [GeneratedRegex(@"/week\?start=(?<start>\d{4}-\d{2}-\d{2})")]
    private static partial Regex WeekAddress();
}
