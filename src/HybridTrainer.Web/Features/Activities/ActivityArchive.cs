using System.Globalization;
using System.IO.Compression;
using HybridTrainer.Activities;

namespace HybridTrainer.Web.Features.Activities;

/// <summary>What an upload holds, file by file.</summary>
internal abstract record UploadItem;

/// <summary>One activity file found in an upload, named as the athlete will recognise it ("export.zip › 123.fit.gz").</summary>
internal sealed record ActivityFile(string Name, byte[] Content) : UploadItem;

/// <summary>
/// A file that was not imported, and why: in an English sentence (for logs and tests), and as a kind with its figures
/// for <see cref="ImportMessages"/> to word in the reader's language.
/// </summary>
internal sealed record SkippedFile(string File, string Reason, SkipReason Kind, IReadOnlyList<object> Arguments) : UploadItem;

/// <summary>
/// Opens an upload: a single FIT, GPX or TCX file, the same gzipped (Strava's export keeps them so), or a zip of them
/// (a Garmin or Strava bulk export, whose Garmin part holds more zips one level down). Everything an archive claims is
/// distrusted: entries are counted, every read is bounded, and the total unpacked size has a ceiling, so a zip bomb is
/// refused after reading at most the ceiling.
/// </summary>
internal static class ActivityArchive
{
    public const int MaxFiles = 5_000;

    /// <summary>A year of daily one-hour FIT runs is about 150 MB; a ceiling well above what a real export unpacks to.</summary>
    public const long MaxUnpackedBytes = 1024L * 1024 * 1024;

    private static readonly string[] ActivityExtensions = [".fit", ".gpx", ".tcx"];

    /// <summary>The files of an upload, one at a time (only one is in memory at once), with what was skipped on the way.</summary>
    public static IEnumerable<UploadItem> Open(string fileName, byte[] content)
    {
        var budget = new Budget();
        return IsZip(fileName, content) ? FromZip(fileName, content, budget, nested: false) : FromSingle(fileName, content, budget);
    }

    /// <summary>How many activity files an upload holds at its top level, for a progress bar (a zip's own directory, nothing unpacked).</summary>
    public static int CountActivityFiles(string fileName, byte[] content)
    {
        if (!IsZip(fileName, content))
        {
            return 1;
        }

        using var archive = TryOpenZip(content);
        return archive?.Entries.Count(e => e.FullName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || HasActivityExtension(e.FullName)) ?? 1;
    }

    /// <summary>Whether an upload is a zip, by its first bytes (a renamed file is judged by what it is).</summary>
    public static bool IsZip(string fileName, ReadOnlySpan<byte> content) =>
        content.Length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4
        || (content.Length < 4 && fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<UploadItem> FromSingle(string name, byte[] content, Budget budget)
    {
        if (IsGzip(content))
        {
            yield return Gunzip(name, content, budget);
            yield break;
        }

        yield return HasActivityExtension(name) || !HasKnownOtherExtension(name)
            ? new ActivityFile(name, content)
            : new SkippedFile(name, NotAnActivity, SkipReason.NotAnActivity, []);
    }

    private static IEnumerable<UploadItem> FromZip(string name, byte[] content, Budget budget, bool nested)
    {
        if (TryOpenZip(content) is not { } archive)
        {
            yield return new SkippedFile(name, "This zip file is damaged and could not be opened.", SkipReason.ZipDamaged, []);
            yield break;
        }

        using (archive)
        {
            var others = 0;
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                var entryName = $"{name} › {entry.FullName}";
                var lower = entry.FullName.ToLowerInvariant();
                var isZip = lower.EndsWith(".zip", StringComparison.Ordinal);
                if (!isZip && !HasActivityExtension(StripGz(lower)))
                {
                    others++;
                    continue;
                }

                if (isZip && nested)
                {
                    yield return new SkippedFile(entryName, "Zips are opened one level deep; unpack this one and upload it on its own.", SkipReason.ZipTooDeep, []);
                    continue;
                }

                if (++budget.Files > MaxFiles)
                {
                    yield return new SkippedFile(name, string.Create(CultureInfo.InvariantCulture, $"The archive holds more than {MaxFiles:N0} activity files; the rest were not read. Upload them in parts."), SkipReason.TooManyFiles, [MaxFiles.ToString("N0", CultureInfo.CurrentCulture)]);
                    yield break;
                }

                var read = ReadBounded(entryName, entry, budget);
                if (read is SkippedFile skipped)
                {
                    yield return skipped;
                    if (budget.Exhausted)
                    {
                        yield break;
                    }

                    continue;
                }

                var bytes = ((ActivityFile)read).Content;
                if (isZip)
                {
                    foreach (var inner in FromZip(entryName, bytes, budget, nested: true))
                    {
                        yield return inner;
                    }

                    if (budget.Exhausted)
                    {
                        yield break;
                    }
                }
                else
                {
                    var item = IsGzip(bytes) ? Gunzip(entryName, bytes, budget) : read;
                    yield return item;
                    if (budget.Exhausted)
                    {
                        yield break;
                    }
                }
            }

            if (others > 0)
            {
                yield return new SkippedFile(others == 1 ? $"{name} (1 other file)" : string.Create(CultureInfo.InvariantCulture, $"{name} ({others:N0} other files)"), NotAnActivity, SkipReason.OtherFiles, [name, others]);
            }
        }
    }

    private static ZipArchive? TryOpenZip(byte[] content)
    {
        try
        {
            return new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static UploadItem ReadBounded(string name, ZipArchiveEntry entry, Budget budget)
    {
        try
        {
            using var stream = entry.Open();
            return ReadAtMost(name, stream, budget);
        }
        catch (InvalidDataException)
        {
            return new SkippedFile(name, "This entry of the zip is damaged and could not be unpacked.", SkipReason.ZipEntryDamaged, []);
        }
    }

    private static UploadItem Gunzip(string name, byte[] content, Budget budget)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(content, writable: false), CompressionMode.Decompress);
            return ReadAtMost(StripGz(name), gzip, budget);
        }
        catch (InvalidDataException)
        {
            return new SkippedFile(name, "This gzip file is damaged and could not be unpacked.", SkipReason.GzipDamaged, []);
        }
    }

    // Reads a stream whose real length is unknown (a zip's declared sizes can lie): stop one byte past the limit.
    private static UploadItem ReadAtMost(string name, Stream stream, Budget budget)
    {
        var limit = (int)Math.Min(ActivityDecoder.MaxFileBytes, budget.RemainingBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int count;
        while ((count = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, count);
            if (buffer.Length > limit)
            {
                budget.Spend(buffer.Length);
                return limit < ActivityDecoder.MaxFileBytes
                    ? new SkippedFile(name, string.Create(CultureInfo.InvariantCulture, $"The archive unpacks to more than {MaxUnpackedBytes / (1024 * 1024):N0} MB; the rest was not read."),
                        SkipReason.ArchiveTooLarge, [(MaxUnpackedBytes / (1024 * 1024)).ToString("N0", CultureInfo.CurrentCulture)])
                    : new SkippedFile(name, $"This file unpacks to more than {ActivityDecoder.MaxFileBytes / (1024 * 1024)} MB, far more than any activity.",
                        SkipReason.FileTooLarge, [ActivityDecoder.MaxFileBytes / (1024 * 1024)]);
            }
        }

        budget.Spend(buffer.Length);
        return new ActivityFile(name, buffer.ToArray());
    }

    private static bool IsGzip(ReadOnlySpan<byte> content) => content.Length >= 2 && content[0] == 0x1f && content[1] == 0x8b;

    private static string StripGz(string name) => name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;

    private static bool HasActivityExtension(string name) =>
        ActivityExtensions.Any(e => StripGz(name).EndsWith(e, StringComparison.OrdinalIgnoreCase));

    // A lone upload without an activity extension is still sniffed (a phone may name it oddly); a known other kind is not.
    private static bool HasKnownOtherExtension(string name) =>
        Path.GetExtension(name).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".pdf" or ".csv" or ".json" or ".txt" or ".doc" or ".docx";

    private const string NotAnActivity = "Not an activity file (only FIT, GPX and TCX files are read).";

    private sealed class Budget
    {
        public int Files { get; set; }

        public long RemainingBytes { get; private set; } = MaxUnpackedBytes;

        public bool Exhausted => RemainingBytes <= 0;

        public void Spend(long bytes) => RemainingBytes -= bytes;
    }
}
