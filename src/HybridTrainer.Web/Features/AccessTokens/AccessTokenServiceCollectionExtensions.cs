using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.RateLimiting;

namespace HybridTrainer.Web.Features.AccessTokens;

internal static class AccessTokenServiceCollectionExtensions
{
    /// <summary>The tokens page's service and its rate-limit policy (AddRateLimiter is called elsewhere).</summary>
    public static IServiceCollection AddAccessTokens(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue(AccessTokenRateLimiting.PerMinuteSetting, 10);
        services.AddScoped<AccessTokenService>();
        services.AddSingleton<AccessTokenSignIns>();
        return services.Configure<RateLimiterOptions>(options =>
            options.AddPolicy(AccessTokenRateLimiting.Policy, new AccessTokenRateLimiting(perMinute)));
    }
}
