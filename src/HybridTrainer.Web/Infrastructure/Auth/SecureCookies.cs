using Microsoft.AspNetCore.Authentication.Cookies;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// The sign-in cookie outside development and tests: <c>__Host-</c> prefix and <c>Secure</c>, so it is never sent over
/// plain HTTP and no sibling subdomain can set or shadow it (ASVS 5.0 V3.3). Development and the test host serve plain
/// HTTP on loopback, where browsers and HttpClient refuse Secure cookies; <c>Authentication:SecureCookies</c> overrides
/// the choice either way (true for a staging host, false for a drill behind plain HTTP).
/// </summary>
internal static class SecureCookies
{
    public const string Setting = "Authentication:SecureCookies";

    public const string PlainName = "HybridTrainer.Auth";

    public const string HostName = "__Host-HybridTrainer.Auth";

    public static bool Required(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>(Setting) ?? !(environment.IsDevelopment() || environment.IsEnvironment("Testing"));

    public static void Apply(CookieAuthenticationOptions options, bool secure)
    {
        options.Cookie.Name = secure ? HostName : PlainName;
        options.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        // __Host- cookies must have Path=/ and no Domain, or browsers drop them.
        options.Cookie.Path = "/";
        options.Cookie.Domain = null;
    }
}
