using System.Data.Common;
using HybridTrainer.Data.Diagnostics;
using HybridTrainer.Data.Planning;
using HybridTrainer.Data.Resilience;
using HybridTrainer.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace HybridTrainer.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "HybridTrainer";

    /// <summary>
    /// Registers the pooled DbContext factory (one context per operation, as Blazor Server needs; pooling saves
    /// building a context each time), a scoped context from it for Identity and Data Protection, and the migrator.
    /// </summary>
    public static IServiceCollection AddHybridTrainerData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings__{ConnectionStringName} or start the app with ./scripts/run.sh.");
        }

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // Tests and benchmarks count commands to prove there is no N+1; production contexts carry no interceptor.
        var counter = configuration[HostDefaults.EnvironmentKey] is { } environment && CommandCounter.Environments.Contains(environment)
            ? new CommandCounter()
            : null;
        if (counter is not null)
        {
            services.AddSingleton(counter);
        }

        services.AddPooledDbContextFactory<HybridTrainerDbContext>((provider, options) =>
        {
            // The coach's read model (kept verdicts, pairs' logged distance) is saved with every change it depends on.
            options.AddInterceptors(new CoachReadModelInterceptor(provider.GetService<TimeProvider>() ?? TimeProvider.System));
            options.UseNpgsql(WithDefaults(connectionString, database), npgsql => npgsql
                    .ExecutionStrategy(dependencies => new InteractiveRetryStrategy(dependencies, database)))
                .UseSnakeCaseNamingConvention();
            if (counter is not null)
            {
                options.AddInterceptors(counter);
            }
        });
        // Identity's stores and Data Protection's key store take a scoped context: lend them one from the pool.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<HybridTrainerDbContext>>().CreateDbContext());
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));
        services.AddScoped<DemoDataSeeder>();
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    /// <summary>
    /// The connection string with the instance's timeouts and pool cap, unless the string itself sets them.
    /// </summary>
    public static string WithDefaults(string connectionString, DatabaseOptions options)
    {
        // The plain builder lists only the keywords actually written, whatever their spelling.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Has(params string[] keywords) => keywords.Any(written.ContainsKey);

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Has("Timeout", "Connect Timeout", "Connection Timeout"))
        {
            builder.Timeout = options.ConnectTimeoutSeconds;
        }

        if (!Has("Command Timeout", "CommandTimeout"))
        {
            builder.CommandTimeout = options.CommandTimeoutSeconds;
        }

        if (!Has("Maximum Pool Size", "Max Pool Size", "MaxPoolSize"))
        {
            builder.MaxPoolSize = options.MaxPoolSize;
        }

        if (!Has("Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = options.MaxAutoPrepare;
        }

        return builder.ConnectionString;
    }
}
