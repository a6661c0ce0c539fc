using System.Globalization;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Infrastructure.Mail;
using Npgsql;
using Respawn;

namespace HybridTrainer.Web.Tests.Features.Notifications;

/// <summary>
/// A real smtp4dev and an app that sends to it, for the notification tests; more apps on the same mail server (and,
/// for restarts and second instances, the same database) start through <see cref="StartApp"/>.
/// </summary>
public sealed class NotificationMailFixture : IAsyncLifetime
{
    private Respawner? _respawner;

    public Smtp4devServer Smtp { get; private set; } = default!;

    public AppFactory App { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        await TestDatabase.EnsureServerReachableAsync();
        Smtp = await Smtp4devServer.StartAsync();
        App = StartApp(TestDatabase.NewName("notify"));
        await using var connection = new NpgsqlConnection(TestDatabase.CreateConnectionString(App.DatabaseName));
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__EFMigrationsHistory", "roles", "data_protection_keys"],
        });
    }

    /// <summary>An app sending to this fixture's smtp4dev; <paramref name="dropsDatabase"/> false leaves the database to a later app.</summary>
    public AppFactory StartApp(string databaseName, bool dropsDatabase = true)
    {
        var app = new AppFactory(databaseName, new Dictionary<string, string?>
        {
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = Smtp.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Email:Tls"] = "None",
            ["Email:FromAddress"] = "coach-bot@hybridtrainer.test",
        })
        { DropsDatabase = dropsDatabase };
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.CreateConnectionString(App.DatabaseName));
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
        await Smtp.DeleteAllAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await App.DisposeAsync();
        }
        finally
        {
            await Smtp.DisposeAsync();
        }
    }
}
