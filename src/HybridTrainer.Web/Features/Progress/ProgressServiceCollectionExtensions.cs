namespace HybridTrainer.Web.Features.Progress;

internal static class ProgressServiceCollectionExtensions
{
    /// <summary>The body log, the progress page's figures and the home page's "what changed".</summary>
    public static IServiceCollection AddProgress(this IServiceCollection services) =>
        services.AddScoped<BodyLog>().AddScoped<ProgressService>().AddScoped<WhatChangedService>();
}
