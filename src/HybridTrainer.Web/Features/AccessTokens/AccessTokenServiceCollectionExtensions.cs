using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.AccessTokens;

internal static class AccessTokenServiceCollectionExtensions
{
    /// <summary>The tokens page's service, the sign-in cache its revocations clear, and revoking them all at once.</summary>
    public static IServiceCollection AddAccessTokens(this IServiceCollection services)
    {
        services.AddScoped<AccessTokenService>();
        services.AddSingleton<AccessTokenRevocation>();
        return services.AddSingleton<AccessTokenSignIns>();
    }
}
