using HybridTrainer.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Migrations;

/// <summary>
/// The app's context outside the app, for driving migrations step by step. Identity shapes its tables from the app's
/// Identity options (schema version 3: passkeys), so the context gets those options as the app gives them.
/// </summary>
internal static class MigrationContext
{
    private static readonly ServiceProvider IdentityOptions = new ServiceCollection()
        .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();

    public static HybridTrainerDbContext Create(string connectionString) => new(new DbContextOptionsBuilder<HybridTrainerDbContext>()
        .UseNpgsql(connectionString).UseSnakeCaseNamingConvention().UseApplicationServiceProvider(IdentityOptions).Options);
}
