using HybridTrainer.Tests.Support;

namespace HybridTrainer.Activities.Tests;

/// <summary>The shared real-device files, beside the repository: ../shared/fixtures/activities.</summary>
internal static class Fixtures
{
    public static string Directory => ActivityFiles.Folder;

    public static byte[] Bytes(string fileName) => ActivityFiles.Bytes(fileName);

    public static DecodeResult Decode(string fileName) => ActivityDecoder.Decode(fileName, Bytes(fileName));

    public static IReadOnlyList<DecodedActivity> DecodeActivities(string fileName) => Activities(fileName, Decode(fileName));

    /// <summary>The activities of a decoded file, failing the test with the decoder's reason when it was refused.</summary>
    public static IReadOnlyList<DecodedActivity> Activities(string fileName, DecodeResult result)
    {
        if (result is DecodeFailure failure)
            Assert.Fail($"{fileName} was refused: {failure.Reason}");
        return ((DecodeSuccess)result).Activities;
    }
}
