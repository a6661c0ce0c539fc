using System.Security.Cryptography;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// Browser-side defences on every answer, pages and API alike: a Content-Security-Policy with a per-request nonce for
/// the one inline script (the import map), no MIME sniffing, no referrer (invitation and calendar links carry tokens),
/// no framing by other sites, and no stored copies of API answers or signed-in pages.
/// </summary>
internal static class SecurityHeaders
{
    private const string NonceKey = "ht-csp-nonce";

    /// <summary>The nonce of this request's policy, for an inline script that must run.</summary>
    public static string Nonce(HttpContext context) => context.Items[NonceKey] as string ?? "";

    /// <remarks>
    /// <c>base-uri 'self'</c>, not <c>'none'</c>: Blazor's router resolves every route against the <c>&lt;base href="/"&gt;</c>
    /// element, which <c>'none'</c> would switch off. <c>'self'</c> still stops an injected base from pointing elsewhere.
    /// Styles allow inline because MudBlazor sets style attributes; scripts do not.
    /// </remarks>
    public static string Policy(string nonce) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{nonce}'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Hex: no character the HTML encoder would escape in the attribute.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;

        // Set when the answer starts, so error pages re-executed after a cleared response carry them too.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "SAMEORIGIN";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            // API answers and signed-in pages may carry health data: no browser or proxy keeps a copy. Answers that
            // chose their own caching (the calendar feed, static files, the OpenAPI document) keep it.
            if (string.IsNullOrEmpty(headers.CacheControl)
                && (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || context.User.Identity?.IsAuthenticated == true))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
