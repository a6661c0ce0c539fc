using HybridTrainer.BenchData;

// Seeds the benchmark gym into an empty, migrated database and writes the credentials the load scripts use.
//   dotnet HybridTrainer.BenchData.dll <connection string> <output folder>
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: HybridTrainer.BenchData <connection string> <output folder>");
    return 2;
}

var stopwatch = System.Diagnostics.Stopwatch.StartNew();
var summary = await GymSeeder.SeedAsync(args[0], args[1], TimeProvider.System, CancellationToken.None);
await Console.Error.WriteLineAsync($"[bench-data] {summary} in {stopwatch.Elapsed.TotalSeconds:0.0} s");
return 0;
