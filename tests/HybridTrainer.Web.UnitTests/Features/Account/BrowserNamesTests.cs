using HybridTrainer.Web.Features.Account.Sessions;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Features.Account;

/// <summary>A sign-in's stored browser summary is worded in the reader's language; product names stay as they are.</summary>
public class BrowserNamesTests
{
    private const string FirefoxOnLinux = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    private static string Word(string summary, string language)
    {
        using (Languages.Use(language))
        {
            return BrowserNames.Word(summary, StaticLocalizers.For<SignInSessionsText>());
        }
    }

    [Fact]
    public void BrowserOnSystem_InSpanish_SaysEn() =>
        Word(UserAgents.Summary(FirefoxOnLinux), Languages.Spanish).ShouldBe("Firefox en Linux");

    [Fact]
    public void BrowserOnSystem_InEnglish_IsTheStoredSummary() =>
        Word(UserAgents.Summary(FirefoxOnLinux), Languages.English).ShouldBe("Firefox on Linux");

    [Fact]
    public void UnknownBrowser_InSpanish_IsWordedInSpanish() =>
        Word(UserAgents.Summary(null), Languages.Spanish).ShouldBe("Navegador desconocido");

    [Fact]
    public void UnknownBrowserOnAKnownSystem_InSpanish_WordsBoth() =>
        Word(UserAgents.Summary("SomeBot/1.0 (Linux)"), Languages.Spanish).ShouldBe("Navegador desconocido en Linux");

    [Fact]
    public void UnknownBrowserOnAKnownSystem_InEnglish_IsTheStoredSummary() =>
        Word("Unknown browser on Linux", Languages.English).ShouldBe("Unknown browser on Linux");

    [Fact]
    public void BrowserWithoutSystem_InSpanish_KeepsTheProductName() =>
        Word("curl", Languages.Spanish).ShouldBe("curl");
}
