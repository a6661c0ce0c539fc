using System.Diagnostics;
using System.Globalization;

namespace HybridTrainer.Benchmarks;

/// <summary>CPU time and allocations per call for each planning benchmark, best of several rounds.</summary>
internal static class CpuTime
{
    private const int Rounds = 7;

    public static void Run(int iterations)
    {
        var bench = new PlanningBenchmarks();
        bench.Setup();
        Measure("CheckFourWeeksClean", iterations, () => bench.CheckFourWeeksClean());
        Measure("CheckFourWeeksAfterDrag", iterations, () => bench.CheckFourWeeksAfterDrag());
        Measure("GenerateFourWeeks", iterations / 4, () => bench.GenerateFourWeeks());
        Measure("GenerateSixteenWeeks", iterations / 16, () => bench.GenerateSixteenWeeks());
    }

    /// <summary>The plan preview's stages and the whole request minus HTTP (<see cref="PlanPreviewBenchmarks"/>).</summary>
    public static void RunPreview(int iterations)
    {
        var bench = new PlanPreviewBenchmarks();
        bench.Setup();
        Measure("PreviewReadBody", iterations, () => bench.ReadBody());
        Measure("PreviewValidate", iterations / 4, () => bench.Validate());
        Measure("PreviewMapAndGenerate", iterations / 4, () => bench.MapAndGenerate());
        Measure("PreviewMapResponse", iterations / 4, () => bench.MapResponse());
        Measure("PreviewWriteViaOptions", iterations / 16, () => bench.WriteResponseThroughOptions());
        Measure("PreviewWriteResponse", iterations / 16, () => bench.WriteResponse());
        Measure("PreviewPipeline", iterations / 16, () => bench.Pipeline());
        bench.Cleanup();
    }

    private static void Measure(string name, int iterations, Func<object> call)
    {
        // Warm up past tiered compilation so the loop runs the optimised code.
        for (var i = 0; i < 50_000; i++)
        {
            call();
        }

        Thread.Sleep(200);
        var bestCpu = double.MaxValue;
        var bestWall = double.MaxValue;
        long bytes = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Environment.CpuUsage.TotalTime;
            var wall = Stopwatch.GetTimestamp();
            for (var i = 0; i < iterations; i++)
            {
                call();
            }

            var wallUs = Stopwatch.GetElapsedTime(wall).TotalMicroseconds / iterations;
            var cpuUs = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / iterations;
            bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / iterations;
            bestCpu = Math.Min(bestCpu, cpuUs);
            bestWall = Math.Min(bestWall, wallUs);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24} CPU {bestCpu,8:0.000} µs  wall {bestWall,8:0.000} µs  {bytes,6} B/op"));
    }
}
