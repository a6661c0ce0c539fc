using HybridTrainer.Tests.Support;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;

namespace HybridTrainer.Web.Tests.Infrastructure.Oidc;

/// <summary>
/// A test provider and an app signing in through it, with its own database. The group
/// mappings name two gyms by fixed ids, which tests create when they need them (<see cref="ResetAsync"/> empties all).
/// </summary>
public class OidcHostFixture : IAsyncLifetime
{
    public static readonly Guid NorthGymId = new("0b5e0c55-0000-4000-8000-000000000001");

    public static readonly Guid SouthGymId = new("0b5e0c55-0000-4000-8000-000000000002");

    public const string ProviderName = "Gym Login";

    private Respawner? _respawner;

    public TestOidcServer Provider { get; private set; } = default!;

    public OidcAppFactory App { get; private set; } = default!;

    protected virtual bool PasswordLoginDisabled => false;

    public async ValueTask InitializeAsync()
    {
        await TestDatabase.EnsureServerReachableAsync();
        Provider = await TestOidcServer.StartAsync();
        var settings = Provider.AppSettings(ProviderName);
        settings["Authentication:OpenIdConnect:GroupMappings:north-coaches:Role"] = "Coach";
        settings["Authentication:OpenIdConnect:GroupMappings:north-coaches:Gym"] = NorthGymId.ToString();
        settings["Authentication:OpenIdConnect:GroupMappings:north-staff:Role"] = "GymStaff";
        settings["Authentication:OpenIdConnect:GroupMappings:north-staff:Gym"] = NorthGymId.ToString();
        settings["Authentication:OpenIdConnect:GroupMappings:south-coaches:Role"] = "Coach";
        settings["Authentication:OpenIdConnect:GroupMappings:south-coaches:Gym"] = SouthGymId.ToString();
        settings["Authentication:OpenIdConnect:DisableLocalPasswordLogin"] = PasswordLoginDisabled ? "true" : "false";
        App = new OidcAppFactory(TestDatabase.NewName("oidc"), settings);
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
        Provider.IdTokenAudience = null;
        Provider.TamperState = false;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await App.DisposeAsync();
        }
        finally
        {
            await Provider.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The same, with password log-in switched off: the provider is the only way in.</summary>
public sealed class OidcOnlyHostFixture : OidcHostFixture
{
    protected override bool PasswordLoginDisabled => true;
}

/// <summary>An app with the given settings that signs in through the test provider.</summary>
public sealed class OidcAppFactory(string databaseName, IReadOnlyDictionary<string, string?> settings) : AppFactory(databaseName, settings)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            // The app's clock stands at noon today; the handshake with the provider runs on the real one, like the
            // provider's tokens and the browser that drops an expired correlation cookie.
            services.PostConfigure<OpenIdConnectOptions>("OpenIdConnect", options => options.TimeProvider = TestClock.Real);
        });
    }
}
