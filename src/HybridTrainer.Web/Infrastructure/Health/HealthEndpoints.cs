using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace HybridTrainer.Web.Infrastructure.Health;

internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>Live: the process answers. Ready: it can also reach the database. Both public, as probes need.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }
}
