using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.AccessTokens;

internal static class AccessTokenServiceCollectionExtensions
{
    /// <summary>The tokens page's service and the sign-in cache its revocations clear.</summary>
    public static IServiceCollection AddAccessTokens(this IServiceCollection services)
    {
        services.AddScoped<AccessTokenService>();
        return services.AddSingleton<AccessTokenSignIns>();
    }
}
