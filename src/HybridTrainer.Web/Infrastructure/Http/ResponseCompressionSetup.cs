using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// Brotli or gzip, at their fastest level, for the API's JSON, the OpenAPI document and the printed sheets: large,
/// repetitive text. Pages with forms are left alone on purpose (BREACH): they carry antiforgery tokens and circuit
/// descriptors beside text a visitor can make the page reflect, and compressed sizes would leak those secrets.
/// The API and the sheets carry no such secret (bearer tokens travel in headers, never in a body). Static assets are
/// served precompressed by MapStaticAssets.
/// </summary>
internal static class ResponseCompressionSetup
{
    public static IServiceCollection AddSelectiveResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["application/json", "application/problem+json", "text/html", "text/csv"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseSelectiveResponseCompression(this IApplicationBuilder app) =>
        app.UseWhen(IsCompressed, compressed => compressed.UseResponseCompression());

    /// <summary>Whether the request's answer may be compressed: the API, the OpenAPI document and the print sheets.</summary>
    public static bool IsCompressed(HttpContext context) =>
        ApiRequests.Is(context)
        || context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/sheets/print", StringComparison.OrdinalIgnoreCase);
}
