using Npgsql;

namespace HybridTrainer.Web.Tests.Infrastructure;

/// <summary>
/// A fresh database per test run on the local PostgreSQL that scripts/test.sh provisions
/// (HYBRIDTRAINER_TEST_CONNECTION). The app's migrator creates and migrates it; <see cref="DropAsync"/> removes it.
/// </summary>
public static class TestDatabase
{
    public const string ConnectionVariable = "HYBRIDTRAINER_TEST_CONNECTION";
    private const string DefaultServer = "Host=127.0.0.1;Port=55433;Database=hybridtrainer;Username=hybridtrainer;Password=hybridtrainer";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } configured ? configured : DefaultServer;

    public static string CreateConnectionString(string name) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = true }.ConnectionString;

    public static string NewName(string purpose) => $"hybridtrainer_test_{purpose}_{Guid.NewGuid():N}"[..50];

    /// <summary>Fails with a message that says what to do, instead of a host that dies during start-up.</summary>
    public static async Task EnsureServerReachableAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ServerConnectionString);
            await connection.OpenAsync();
        }
        catch (NpgsqlException ex)
        {
            throw new InvalidOperationException(
                $"The test PostgreSQL is not reachable ({ex.Message}). Run the tests with ./scripts/test.sh, which starts it, "
                + $"or set {ConnectionVariable} to a server where the role may create databases.", ex);
        }
    }

    /// <summary>Drops the database, closing whatever still holds it; tried three times, as a busy server may refuse once.</summary>
    public static async Task DropAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ServerConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (NpgsqlException) when (attempt < 3)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }
}
