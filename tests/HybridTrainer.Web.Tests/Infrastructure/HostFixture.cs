using Npgsql;
using Respawn;

namespace HybridTrainer.Web.Tests.Infrastructure;

/// <summary>
/// One app and one database for every host, component-with-data and browser test: migrations run once per run,
/// and <see cref="ResetAsync"/> empties the data (Respawn) before each test, keeping the seeded roles.
/// </summary>
public class HostFixture : IAsyncLifetime
{
    private Respawner? _respawner;

    public AppFactory App { get; } = new(TestDatabase.NewName("host"));

    public async ValueTask InitializeAsync()
    {
        await TestDatabase.EnsureServerReachableAsync();
        App.UseKestrel(0);
        App.StartServer();
        await using var connection = new NpgsqlConnection(TestDatabase.CreateConnectionString(App.DatabaseName));
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__EFMigrationsHistory", "roles", "data_protection_keys"],
        });
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.CreateConnectionString(App.DatabaseName));
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
    }

    /// <summary>
    /// Stops the app and drops its database. Every test has run by now, so a failure while shutting down (a circuit
    /// disposed while the browser goes away, a drop racing the pool) is reported on the error stream, not as a failed run.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await App.DisposeAsync();
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"[{GetType().Name}] the test app did not shut down cleanly: {ex}");
            await TestDatabase.DropAsync(App.DatabaseName);
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The browser lane's own app and database, so browser and host tests run side by side.</summary>
public sealed class BrowserHostFixture : HostFixture;

[CollectionDefinition(Name)]
public sealed class HostGroup : ICollectionFixture<HostFixture>
{
    public const string Name = "host";
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserHostFixture>
{
    public const string Name = "browser";
}

/// <summary>Base for tests against the running app: a clean database before each test.</summary>
[Collection(HostGroup.Name)]
public abstract class HostTest(HostFixture host) : IAsyncLifetime
{
    protected HostFixture Host { get; } = host;

    protected AppFactory App => Host.App;

    public virtual async ValueTask InitializeAsync() => await Host.ResetAsync();

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected HttpClient CreateClient() => App.CreateHttpClient();
}
