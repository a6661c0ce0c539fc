using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Account.Sessions;

/// <summary>
/// A sign-in's browser as its reader says it ("Firefox en Linux"): the stored English summary split back into its
/// product names, which stay as they are, and worded again. Rows stored before any reader spoke Spanish need no change.
/// </summary>
internal static class BrowserNames
{
    public static string Word(string summary, IStringLocalizer<SignInSessionsText> text)
    {
        var (browser, system) = UserAgents.Parts(summary);
        string name = browser ?? text["UnknownBrowser"];
        return system is null ? name : text["BrowserOnSystem", name, system];
    }
}
