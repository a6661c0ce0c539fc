using Microsoft.AspNetCore.RateLimiting;

namespace HybridTrainer.Web.Features.PlanPreview;

internal static class PlanPreviewServiceCollectionExtensions
{
    public const string PerMinuteSetting = "RateLimiting:PlanPreviewPerMinute";

    public const int DefaultPerMinute = 60;

    /// <summary>Adds the preview's rate-limit policy next to the app's others (AddRateLimiter is called elsewhere).</summary>
    public static IServiceCollection AddPlanPreview(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue(PerMinuteSetting, DefaultPerMinute);
        return services.Configure<RateLimiterOptions>(options =>
            options.AddPolicy(PlanPreviewRateLimitPolicy.Name, new PlanPreviewRateLimitPolicy(perMinute)));
    }
}
