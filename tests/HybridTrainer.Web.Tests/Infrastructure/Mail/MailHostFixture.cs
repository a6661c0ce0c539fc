using Npgsql;
using Respawn;

namespace HybridTrainer.Web.Tests.Infrastructure.Mail;

/// <summary>
/// An app that sends e-mail to a real smtp4dev on loopback, with its own database. Started once per test class;
/// <see cref="ResetAsync"/> empties the database and the inbox before each test.
/// </summary>
public sealed class MailHostFixture : IAsyncLifetime
{
    private Respawner? _respawner;

    public Smtp4devServer Smtp { get; private set; } = default!;

    public AppFactory App { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        await TestDatabase.EnsureServerReachableAsync();
        Smtp = await Smtp4devServer.StartAsync();
        App = new AppFactory(TestDatabase.NewName("mail"), new Dictionary<string, string?>
        {
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = Smtp.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Tls"] = "None",
            ["Email:FromAddress"] = "coach-bot@hybridtrainer.test",
            ["Email:FromName"] = "HybridTrainer",
            ["RateLimiting:PasswordResetPostsPerMinute"] = "10000",
            ["RateLimiting:AccountMailsPerAddressPerHour"] = "3",
        });
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
