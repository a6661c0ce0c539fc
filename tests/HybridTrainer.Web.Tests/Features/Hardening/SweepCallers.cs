using System.Net;
using System.Text.RegularExpressions;
using HybridTrainer.Web.Tests.Features.Authorization;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>
/// The authorization matrix's eight callers as cookie strings, sent by hand on one cookie-less client, so a sweep can
/// forge, truncate or drop them per request; and per caller an antiforgery cookie and form token for the account forms.
/// </summary>
public sealed partial class SweepCallers : IDisposable
{
    private SweepCallers(HttpClient client, AuthorizationWorld world, Dictionary<Caller, string> cookies, Dictionary<Caller, string> tokens)
    {
        Client = client;
        World = world;
        Cookies = cookies;
        FormTokens = tokens;
    }

    /// <summary>Keeps no cookies and follows no redirects: each request carries exactly the Cookie header it is given.</summary>
    public HttpClient Client { get; }

    public AuthorizationWorld World { get; }

    /// <summary>Each caller's Cookie header: the auth cookie (none for the anonymous caller) and an antiforgery cookie.</summary>
    public IReadOnlyDictionary<Caller, string> Cookies { get; }

    /// <summary>A form token that goes with the caller's antiforgery cookie and identity.</summary>
    public IReadOnlyDictionary<Caller, string> FormTokens { get; }

    public static async Task<SweepCallers> CreateAsync(AppFactory app)
    {
        var world = await AuthorizationWorld.CreateAsync(app);
        var cookies = new Dictionary<Caller, string>();
        var tokens = new Dictionary<Caller, string>();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            var jar = new CookieContainer();
            using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = jar }) { BaseAddress = app.BaseAddress };
            if (world.Emails.TryGetValue(caller, out var email))
            {
                (await AccountClient.LogInAsync(browser, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect, $"log in as {caller}");
            }

            // The login page as this caller: its token is bound to the caller's identity and antiforgery cookie.
            var page = await browser.GetStringAsync("/account/login");
            tokens[caller] = AntiforgeryToken().Match(page).Groups[1].Value;
            cookies[caller] = jar.GetCookieHeader(app.BaseAddress);
        }

        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 8 })
        {
            BaseAddress = app.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        return new SweepCallers(client, world, cookies, tokens);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
