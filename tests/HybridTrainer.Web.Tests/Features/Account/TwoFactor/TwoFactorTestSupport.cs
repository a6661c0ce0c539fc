using System.Net;
using System.Text.RegularExpressions;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account.TwoFactor;

/// <summary>The static two-factor forms, posted the way a browser posts them.</summary>
internal static partial class TwoFactorForms
{
    public static Task<HttpResponseMessage> CodeAsync(HttpClient client, string location, string code) =>
        AccountClient.PostFormAsync(client, location, "login-two-factor", new Dictionary<string, string> { ["Input.Code"] = code });

    public static Task<HttpResponseMessage> RecoveryCodeAsync(HttpClient client, string code) =>
        AccountClient.PostFormAsync(client, "/account/login/recovery-code", "login-recovery-code", new Dictionary<string, string> { ["Input.Code"] = code });

    /// <summary>Logs in with the password, which for an account with codes ends on the code page; returns where it sent us.</summary>
    public static async Task<string> PasswordStepAsync(HttpClient client, string email)
    {
        var response = await AccountClient.LogInAsync(client, email);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        location.OriginalString.ShouldContain("account/login/two-factor");
        return location.IsAbsoluteUri ? location.PathAndQuery : "/" + location.OriginalString.TrimStart('/');
    }

    /// <summary>Presses "Set up an authenticator app" and reads the key the answer shows.</summary>
    public static async Task<string> SharedKeyAsync(HttpClient client)
    {
        var response = await AccountClient.PostFormAsync(client, "/account/two-factor", "start-authenticator", new Dictionary<string, string>());
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        var match = SharedKey().Match(page);
        match.Success.ShouldBeTrue("no shared key on the set-up page");
        return match.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    public static bool IsSignedIn(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("HybridTrainer.Auth=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("data-testid=\"shared-key\"[^>]*>([a-z2-7 ]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    public static partial Regex RecoveryCode();
}
