using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>The sessions page names each browser in its reader's language, from the summary stored at sign-in.</summary>
public class SessionsPageLanguageTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> SessionsPageAsync(string language)
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var firefox = CreateClient();
        firefox.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");
        await AccountClient.LogInAsync(firefox, user.Email!);
        using var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await AccountClient.LogInAsync(client, user.Email!);

        return WebUtility.HtmlDecode(await client.GetStringAsync("/account/sessions", Ct));
    }

    [Fact]
    public async Task SessionsPage_InSpanish_NamesTheBrowsersInSpanish()
    {
        var page = await SessionsPageAsync("es");

        page.ShouldContain("<td>Firefox en Linux</td>");
        page.ShouldContain("<td>Navegador desconocido</td>");
        page.ShouldNotContain("Unknown browser");
    }

    [Fact]
    public async Task SessionsPage_InEnglish_KeepsTheEnglishNames()
    {
        var page = await SessionsPageAsync("en");

        page.ShouldContain("<td>Firefox on Linux</td>");
        page.ShouldContain("<td>Unknown browser</td>");
    }
}
