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
}
