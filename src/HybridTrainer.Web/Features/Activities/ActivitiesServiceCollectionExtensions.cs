namespace HybridTrainer.Web.Features.Activities;

internal static class ActivitiesServiceCollectionExtensions
{
    /// <summary>Importing activity files and reading them back.</summary>
    public static IServiceCollection AddActivities(this IServiceCollection services) =>
        services.AddScoped<ActivityImporter>().AddScoped<ActivityJournal>();
}
