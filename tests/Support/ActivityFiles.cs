using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace HybridTrainer.Tests.Support;

/// <summary>
/// The real device files beside the repository (../shared/fixtures/activities), and what tests make of them: a zip of
/// several, a gzipped one, a TCX run moved to another day.
/// </summary>
internal static partial class ActivityFiles
{
    private static readonly Lazy<string> Location = new(Locate);

    /// <summary>The folder of the real device files.</summary>
    public static string Folder => Location.Value;

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(Path.Combine(Folder, fileName));

    /// <summary>A zip holding the given entries (name → content).</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The TCX run of 26 Dec 2012 (21:29:53 UTC) with every timestamp moved so that it starts at <paramref name="start"/>:
    /// the same real recording, on a day a test has planned.
    /// </summary>
    public static byte[] TcxRunStartingAt(DateTimeOffset start)
    {
        var text = Encoding.UTF8.GetString(Bytes("run-2012-12-26.tcx"));
        var shift = start.UtcDateTime - new DateTime(2012, 12, 26, 21, 29, 53, DateTimeKind.Utc);
        var moved = Timestamp().Replace(text, m =>
            DateTime.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal)
                .Add(shift).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        return Encoding.UTF8.GetBytes(moved);
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")]
    private static partial Regex Timestamp();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HybridTrainer.sln")))
            {
                var fixtures = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "activities"));
                return Directory.Exists(fixtures)
                    ? fixtures
                    : throw new InvalidOperationException($"The activity fixtures are missing: expected them in {fixtures}.");
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds HybridTrainer.sln.");
    }
}
