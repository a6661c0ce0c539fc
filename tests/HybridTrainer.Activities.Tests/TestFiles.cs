namespace HybridTrainer.Activities.Tests;

/// <summary>The hand-made files in Files/, copied beside the test assembly.</summary>
internal static class TestFiles
{
    public static byte[] Bytes(string fileName) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Files", fileName));

    public static DecodeResult Decode(string fileName) => ActivityDecoder.Decode(fileName, Bytes(fileName));

    public static IReadOnlyList<DecodedActivity> DecodeActivities(string fileName) => Fixtures.Activities(fileName, Decode(fileName));

    public static string Reason(string fileName) => Decode(fileName).ShouldBeOfType<DecodeFailure>().Reason;
}
