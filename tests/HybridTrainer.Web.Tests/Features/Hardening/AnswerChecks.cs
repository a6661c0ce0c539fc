using System.Net;
using System.Text.RegularExpressions;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>
/// What every answer to a hostile request must be: never 5xx; on /api a 4xx is problem details; elsewhere a 4xx is a
/// friendly HTML page (or, from a form endpoint, problem details); no stack trace or exception type name anywhere;
/// a redirect never leaves the site unless the caller forged the Host header itself.
/// </summary>
public static partial class AnswerChecks
{
    /// <summary>
    /// True when the app itself answered: its security headers are on every answer it writes. Kestrel refuses some
    /// requests (an over-long request line, a malformed Host) before any middleware runs; that 4xx is the server's.
    /// </summary>
    public static bool ByTheApp(HttpResponseMessage response) => response.Headers.Contains("Content-Security-Policy");

    /// <summary>What is wrong with the answer, or null when it is as it should be.</summary>
    public static string? Problem(HttpRequestMessage request, HttpResponseMessage response, string body, bool hostForged)
    {
        var status = (int)response.StatusCode;
        var path = request.RequestUri!.AbsolutePath;
        var isApi = path.StartsWith("/api", StringComparison.OrdinalIgnoreCase);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500)
        {
            return $"{status} {mediaType}";
        }

        if (StackTraceOrExceptionName().Match(body) is { Success: true } leak)
        {
            return $"{status} shows \"{leak.Value}\"";
        }

        if (!ByTheApp(response))
        {
            return status is >= 400 and < 500 ? null : $"{status} without the app's headers";
        }

        if (status is >= 300 and < 400 && response.Headers.Location is { } location && !hostForged
            && location.IsAbsoluteUri && location.Authority != request.RequestUri.Authority)
        {
            return $"{status} redirects off the site to {location}";
        }

        if (status < 400 || request.Method == HttpMethod.Head)
        {
            return null;
        }

        if (isApi)
        {
            return mediaType == "application/problem+json" ? null : $"{status} {mediaType ?? "(no content type)"} instead of problem details";
        }

        return mediaType is "text/html" or "application/problem+json" ? null : $"{status} {mediaType ?? "(no content type)"} instead of a friendly page: {HostileRequestValues.Describe(body)}";
    }

    public static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    // A .NET stack frame ("   at Namespace.Type.Method(") or a type name ending in Exception.
    [GeneratedRegex(@"\bat [A-Z][\w.`<>]+\(|\b[A-Z]\w*Exception\b")]
    private static partial Regex StackTraceOrExceptionName();
}
