using HybridTrainer.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "HybridTrainer";

    /// <summary>Registers the DbContext factory (one context per operation, as Blazor Server needs) and the migrator.</summary>
    public static IServiceCollection AddHybridTrainerData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings__{ConnectionStringName} or start the app with ./scripts/run.sh.");
        }

        services.AddDbContextFactory<HybridTrainerDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3))
            .UseSnakeCaseNamingConvention());
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));
        services.AddScoped<DemoDataSeeder>();
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }
}
