using System.Runtime;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using HybridTrainer.Web.Infrastructure.Diagnostics;

namespace HybridTrainer.Web.Features.Benchmark;

/// <summary>
/// <c>POST /bench/heap</c>: the managed heap after a full blocking compacting collection, and the circuits held, for the
/// circuit memory benchmark (bench/circuits.sh). Benchmark environment only: it stops the world, so production never
/// maps it (a test checks that it answers 404 elsewhere).
/// </summary>
internal static class HeapProbeEndpoints
{
    public static IServiceCollection AddHeapProbe(this IServiceCollection services, IHostEnvironment environment)
    {
        if (BenchmarkEndpoints.IsEnabled(environment))
        {
            services.AddSingleton<CircuitCounter>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<CircuitHandler, CircuitCounter>(sp => sp.GetRequiredService<CircuitCounter>()));
        }

        return services;
    }

    public static IEndpointRouteBuilder MapHeapProbe(this IEndpointRouteBuilder app)
    {
        app.MapPost("/bench/heap", Measure).RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static Ok<HeapFigures> Measure(CircuitCounter circuits)
    {
        // Twice, with the finalizers in between: objects they release are only collectable on the second pass.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return TypedResults.Ok(new HeapFigures(
            GC.GetTotalMemory(forceFullCollection: false),
            info.HeapSizeBytes,
            info.FragmentedBytes,
            Environment.WorkingSet,
            circuits.Open,
            circuits.Connected));
    }
}

/// <summary>Bytes, and circuits counted by <see cref="CircuitCounter"/>.</summary>
internal sealed record HeapFigures(long TotalMemoryBytes, long HeapSizeBytes, long FragmentedBytes, long WorkingSetBytes, int OpenCircuits, int ConnectedCircuits);
