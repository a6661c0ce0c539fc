using System.Globalization;
using System.Security.Cryptography;
using HybridTrainer.Activities;

namespace HybridTrainer.Web.Features.Activities;

/// <summary>
/// What makes two imports the same activity. A device with a clock starts each activity at its own second, so the FIT
/// and the GPX of one run (or the same file twice) agree on it. Without a clock only the bytes can tell: the same file
/// again is the same activity, a re-export of it is not recognised.
/// </summary>
internal static class ActivityFingerprint
{
    public static string Of(DecodedActivity activity, ReadOnlySpan<byte> file, int indexInFile) =>
        activity.StartTime is { } start
            ? "start:" + start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : "file:" + Convert.ToHexStringLower(SHA256.HashData(file))[..40] + ":" + indexInFile.ToString(CultureInfo.InvariantCulture);
}
