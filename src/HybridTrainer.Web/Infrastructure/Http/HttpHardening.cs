using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace HybridTrainer.Web.Infrastructure.Http;

internal static class HttpHardening
{
    /// <summary>
    /// Transport settings: which proxies may speak for the client (loopback unless <c>ForwardedHeaders:KnownProxies</c>
    /// lists more), a year of HSTS, the HTTPS port to redirect to (<c>HttpsRedirection:HttpsPort</c>), and no Server banner.
    /// </summary>
    public static IServiceCollection AddHttpHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        if (configuration.GetValue<int?>("HttpsRedirection:HttpsPort") is { } httpsPort)
        {
            services.AddHttpsRedirection(options => options.HttpsPort = httpsPort);
        }

        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        return services;
    }

    /// <summary>
    /// X-Forwarded-* from a known proxy, but only http or https as the scheme: the middleware takes any token
    /// ("9999-12-31", "-1", "ftp"), which then broke every page building its base address (a 500, even for the error page).
    /// Anything else keeps the scheme the request arrived with.
    /// </summary>
    public static IApplicationBuilder UseForwardedHeadersOfHttpOrHttps(this IApplicationBuilder app) => app.UseForwardedHeaders().Use((context, next) =>
    {
        var scheme = context.Request.Scheme;
        if (!scheme.Equals(Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase) && !scheme.Equals(Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
        {
            // The middleware keeps the scheme it replaced in X-Original-Proto.
            context.Request.Scheme = string.Equals(context.Request.Headers["X-Original-Proto"], Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase)
                ? Uri.UriSchemeHttps
                : Uri.UriSchemeHttp;
        }

        return next(context);
    });
}
