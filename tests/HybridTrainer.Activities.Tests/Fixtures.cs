namespace HybridTrainer.Activities.Tests;

/// <summary>The shared real-device files, beside the repository: ../shared/fixtures/activities.</summary>
internal static class Fixtures
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string Directory => Folder.Value;

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(Path.Combine(Directory, fileName));

    public static DecodeResult Decode(string fileName) => ActivityDecoder.Decode(fileName, Bytes(fileName));

    public static IReadOnlyList<DecodedActivity> DecodeActivities(string fileName)
    {
        var result = Decode(fileName);
        if (result is DecodeFailure failure)
            Assert.Fail($"{fileName} was refused: {failure.Reason}");
        return ((DecodeSuccess)result).Activities;
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HybridTrainer.sln")))
            {
                var fixtures = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "activities"));
                return System.IO.Directory.Exists(fixtures)
                    ? fixtures
                    : throw new InvalidOperationException($"The activity fixtures are missing: expected them in {fixtures}.");
            }
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds HybridTrainer.sln, so the activity fixtures cannot be found.");
    }
}
