namespace HybridTrainer.Activities.Tests.Fuzz;

/// <summary>Damaged GPX and TCX files, grown from the real and hand-made ones with a fixed seed.</summary>
public class XmlFuzzTests(ITestOutputHelper output)
{
    private const int MutationsPerSeed = 150;

    public static TheoryData<string> Seeds() =>
    [
        "run-2013-02-06.gpx", "korita-zbevnica.gpx", "cerknicko-without-times.gpx", "run-2012-12-26.tcx",
        "gpx10-no-extensions.gpx", "gpx11-two-segments-hr-v2.gpx", "tcx-two-activities.tcx", "tcx-laps-without-trackpoints.tcx",
    ];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Decode_DamagedXmlFiles_NeverHangThrowOrFallBackToTheCatchAll(string seedFile)
    {
        var seed = File.Exists(Path.Combine(Fixtures.Directory, seedFile)) ? Fixtures.Bytes(seedFile) : TestFiles.Bytes(seedFile);
        var random = new Random(seedFile.Length * 104729);
        var run = new FuzzRun();
        for (var i = 0; i < MutationsPerSeed; i++)
        {
            var (bytes, mutation) = Mutator.Mutate(seed, random, isXml: true);
            run.Decode(seedFile, bytes, $"{seedFile} #{i} ({mutation})");
        }

        output.WriteLine($"{run.Decoded} damaged files: {run.Refused} refused, {run.Decoded - run.Refused} read.");
        foreach (var reason in run.CommonReasons(12))
            output.WriteLine(reason);
        run.Findings.ShouldBeEmpty(string.Join('\n', run.Findings.Take(20)));
        run.Decoded.ShouldBe(MutationsPerSeed);
    }
}
