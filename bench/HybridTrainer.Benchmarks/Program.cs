using BenchmarkDotNet.Running;
using HybridTrainer.Benchmarks;

// "cpu" measures process CPU time per call in a plain loop: on a shared, loaded machine wall-clock means drift with
// other work, while CPU time stays close to what one call costs.
if (args is ["cpu-preview", ..])
{
    CpuTime.RunPreview(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return;
}

if (args is ["cpu", ..])
{
    CpuTime.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PlanningBenchmarks).Assembly).Run(args);
