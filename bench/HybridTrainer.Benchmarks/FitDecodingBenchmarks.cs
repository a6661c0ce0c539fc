using BenchmarkDotNet.Attributes;
using HybridTrainer.Activities;

namespace HybridTrainer.Benchmarks;

/// <summary>Decoding one real watch file: activity-small-fenix2-run.fit, a 47-minute run of about 2,800 records.</summary>
[MemoryDiagnoser]
public class FitDecodingBenchmarks
{
    private const string FileName = "activity-small-fenix2-run.fit";

    private byte[] _file = [];

    [GlobalSetup]
    public void Setup() => _file = File.ReadAllBytes(Locate());

    [Benchmark]
    public DecodeResult DecodeFenix2Run() => ActivityDecoder.Decode(FileName, _file);

    /// <summary>The shared fixtures sit beside the repository: ../shared/fixtures/activities from the solution folder.</summary>
    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HybridTrainer.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "activities", FileName));
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds HybridTrainer.sln, so {FileName} cannot be found.");
    }
}
