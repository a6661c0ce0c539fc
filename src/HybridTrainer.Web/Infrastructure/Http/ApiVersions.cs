using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// Versions travel as the row's xmin: in a <c>version</c> field of reads and writes, and as a strong ETag
/// (<c>"123"</c>) on single resources, which <c>If-Match</c> may send back instead of the body field.
/// </summary>
internal static class ApiVersions
{
    public static string ETag(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(HttpResponse response, uint version) => response.Headers.ETag = ETag(version);

    /// <summary>The body's version, else the If-Match header's, else null.</summary>
    public static uint? From(uint? bodyVersion, HttpRequest request)
    {
        if (bodyVersion is not null)
        {
            return bodyVersion;
        }

        var header = request.Headers.IfMatch.ToString();
        return EntityTagHeaderValue.TryParse(header, out var tag)
               && uint.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }
}
