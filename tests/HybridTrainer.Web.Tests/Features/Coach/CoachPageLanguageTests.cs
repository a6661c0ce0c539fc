using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Coach;

/// <summary>The coach's pages as the server renders them for a coach who chose Spanish, and unchanged in English.</summary>
public sealed class CoachPageLanguageTests(HostFixture host) : CoachHostTest(host)
{
    [Fact]
    public async Task CoachPage_CoachWhoChoseSpanish_ShowsTheClientTableInSpanish()
    {
        var coach = await Data.UserAsync(AppRoles.Coach, name: "Coach Maria");
        await ClientAsync(coach.Id, "Lucía");
        await ChooseAsync(coach.Id, Languages.Spanish);

        var page = await PageAsync(coach.Email!, "/coach");

        page.ShouldContain("<title>Tus clientes · HybridTrainer</title>");
        page.ShouldContain("Nuevo cliente");
        page.ShouldContain("Lucía");
        page.ShouldContain("Preparación");
        page.ShouldNotContain("Your clients");
    }

    [Fact]
    public async Task CoachPage_CoachWithoutAChoice_StaysInEnglish()
    {
        var coach = await Data.UserAsync(AppRoles.Coach, name: "Coach Maria");
        await ClientAsync(coach.Id, "Lucy");

        var page = await PageAsync(coach.Email!, "/coach");

        page.ShouldContain("<title>Your clients · HybridTrainer</title>");
        page.ShouldContain("need attention");
    }

    [Fact]
    public async Task SheetChooser_CoachWhoChoseSpanish_IsInSpanish()
    {
        var coach = await Data.UserAsync(AppRoles.Coach, name: "Coach Maria");
        await ClientAsync(coach.Id, "Lucía");
        await ChooseAsync(coach.Id, Languages.Spanish);

        var page = await PageAsync(coach.Email!, "/sheets");

        page.ShouldContain("Imprimir hojas semanales");
        page.ShouldContain("Semana (cualquier día; las hojas empiezan el lunes)");
    }

    private async Task ChooseAsync(Guid userId, string language)
    {
        await using var db = App.CreateDbContext();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, language), Ct);
    }

    private async Task<string> PageAsync(string email, string path)
    {
        using var client = CreateClient();
        (await AccountClient.LogInAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var response = await client.GetAsync(path, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }
}
