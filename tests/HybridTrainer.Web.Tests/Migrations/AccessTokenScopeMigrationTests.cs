using HybridTrainer.Data;
using HybridTrainer.Data.Access;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace HybridTrainer.Web.Tests.Migrations;

/// <summary>Tokens made before scopes existed could write; the migration keeps them able to, so no script breaks.</summary>
[Collection(HostGroup.Name)]
public sealed class AccessTokenScopeMigrationTests : IAsyncLifetime
{
    private const string BeforeScopes = "20261205135533_WatchActivities";
    private readonly string _name = TestDatabase.NewName("scopes");

    public async ValueTask InitializeAsync() => await TestDatabase.EnsureServerReachableAsync();

    public async ValueTask DisposeAsync() => await TestDatabase.DropAsync(_name);

    [Fact]
    public async Task MigrateToLatest_ATokenMadeBeforeScopes_StaysReadWrite()
    {
        var connectionString = TestDatabase.CreateConnectionString(_name);
        await using var db = MigrationContext.Create(connectionString);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(BeforeScopes, TestContext.Current.CancellationToken);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO users (id, display_name, created_at, user_name, normalized_user_name, email, normalized_email, email_confirmed,
                    password_hash, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
                VALUES ('00000000-0000-0000-0000-000000000001', 'Script Owner', '2026-11-01T08:00:00Z', 'owner@example.test', 'OWNER@EXAMPLE.TEST',
                    'owner@example.test', 'OWNER@EXAMPLE.TEST', true, 'hash', 'stamp', 'c1', false, false, true, 0);
                INSERT INTO personal_access_tokens (id, user_id, name, prefix, token_hash, created_at)
                VALUES ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-000000000001', 'nightly sync', 'htp_abcdefgh',
                    decode(repeat('ab', 32), 'hex'), '2026-11-02T08:00:00Z');
                """, connection);
            await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        (await db.PersonalAccessTokens.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).Scope.ShouldBe(AccessTokenScope.ReadWrite);
    }
}
