using HybridTrainer.Data.Planning;
using HybridTrainer.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Data;

/// <summary>
/// Applies the committed migrations before the app serves requests (hosted services start before the server),
/// then seeds demo data when asked. Never <c>EnsureCreated</c>: the schema only moves through migrations.
/// </summary>
internal sealed partial class DatabaseMigrator(
    IServiceProvider services,
    IOptions<DemoDataOptions> demoOptions,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<HybridTrainerDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // Interactive requests get a short command timeout; a migration rewriting a large table needs longer.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(() => db.Database.MigrateAsync(cancellationToken));
        LogMigrated(pending.Count, nameof(HybridTrainerDbContext));

        // Verdicts need the C# checker, so blocks kept before the read model (or a checker version) get theirs here, once.
        var clock = scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
        var backfilled = await CoachReadModel.BackfillAsync(factory, clock, cancellationToken);
        LogVerdictsBackfilled(backfilled);

        if (demoOptions.Value.Seed)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {MigrationCount} pending migrations to {DbContextName}")]
    private partial void LogMigrated(int migrationCount, string dbContextName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checked the live blocks of {AthleteCount} athletes for the coach's read model")]
    private partial void LogVerdictsBackfilled(int athleteCount);
}
