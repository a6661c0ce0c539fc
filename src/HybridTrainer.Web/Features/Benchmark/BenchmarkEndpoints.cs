using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Resilience;
using HybridTrainer.Web.Features.Coach;
using Npgsql;
using NpgsqlTypes;

namespace HybridTrainer.Web.Features.Benchmark;

/// <summary>
/// Endpoints for <c>bench/run.sh</c>, mapped only when the app runs in the <c>Benchmark</c> environment (never in
/// production): the raw baseline the real endpoints are compared with, and the coach dashboard's data as JSON (the
/// dashboard itself is an interactive page, which wrk cannot drive).
/// </summary>
internal static class BenchmarkEndpoints
{
    public const string EnvironmentName = "Benchmark";

    private const string RawSql = "SELECT id, display_name FROM athletes WHERE id = $1";

    public static bool IsEnabled(IHostEnvironment environment) => environment.IsEnvironment(EnvironmentName);

    public static WebApplication MapBenchmarkEndpoints(this WebApplication app)
    {
        // Its own data source, outside EF Core: the baseline is what one prepared Npgsql command costs.
        var connectionString = app.Configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName)!;
        var database = app.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var dataSource = NpgsqlDataSource.Create(DataServiceCollectionExtensions.WithDefaults(connectionString, database));
        app.Lifetime.ApplicationStopped.Register(dataSource.Dispose);

        var bench = app.MapGroup("/bench").ExcludeFromDescription();
        // Anonymous on purpose: the baseline is the floor (one row, no authentication), and the route exists only here.
        bench.MapGet("/raw/athletes/{id:guid}", (Guid id, CancellationToken cancellationToken) => RawAsync(dataSource, id, cancellationToken))
            .AllowAnonymous();
        bench.MapGet("/coach/clients", CoachClientsAsync)
            .RequireAuthorization(policy => policy.RequireRole(AppRoles.Coach));
        return app;
    }

    private static async Task<IResult> RawAsync(NpgsqlDataSource dataSource, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(RawSql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { NpgsqlDbType = NpgsqlDbType.Uuid, TypedValue = id });
        // Npgsql keeps prepared statements per physical connection: after the first time this is no round trip.
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? TypedResults.Ok(new RawAthlete(reader.GetGuid(0), reader.GetString(1)))
            : TypedResults.NotFound();
    }

    // The rows as the page gets them, already in attention-first order.
    private static Task<IReadOnlyList<ClientRow>> CoachClientsAsync(ClaimsPrincipal user, CoachDesk desk, CancellationToken cancellationToken) =>
        desk.ListClientsAsync(user, cancellationToken);

    private sealed record RawAthlete(Guid Id, string Name);
}
