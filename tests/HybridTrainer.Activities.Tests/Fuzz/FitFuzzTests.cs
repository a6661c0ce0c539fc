namespace HybridTrainer.Activities.Tests.Fuzz;

/// <summary>Thousands of damaged FIT files, grown from every real FIT fixture with a fixed seed.</summary>
public class FitFuzzTests(ITestOutputHelper output)
{
    private const int MutationsPerSeed = 250;

    [Fact]
    public void Decode_DamagedFitFiles_NeverHangThrowOrFallBackToTheCatchAll()
    {
        var run = new FuzzRun();
        foreach (var seedFile in Directory.GetFiles(Fixtures.Directory, "*.fit").Order(StringComparer.Ordinal))
        {
            var seed = File.ReadAllBytes(seedFile);
            var random = new Random(Path.GetFileName(seedFile).Length * 7919);
            for (var i = 0; i < MutationsPerSeed; i++)
            {
                var (bytes, mutation) = Mutator.Mutate(seed, random, isXml: false);
                // Most files are resealed so that they pass the CRC check and reach the message reader.
                var resealed = random.Next(4) != 0;
                run.Decode("fuzz.fit", resealed ? FitResealer.Reseal(bytes) : bytes, $"{Path.GetFileName(seedFile)} #{i} ({mutation}{(resealed ? ", resealed" : "")})");
            }
        }

        output.WriteLine($"{run.Decoded} damaged FIT files: {run.Refused} refused, {run.Decoded - run.Refused} read.");
        foreach (var reason in run.CommonReasons(12))
            output.WriteLine(reason);
        run.Findings.ShouldBeEmpty(string.Join('\n', run.Findings.Take(20)));
        run.Refused.ShouldBeGreaterThan(0);
    }
}
