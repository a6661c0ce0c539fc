using HybridTrainer.Activities.Fit;
using HybridTrainer.Activities.Gpx;
using HybridTrainer.Activities.Tcx;

namespace HybridTrainer.Activities;

/// <summary>Reads FIT, GPX and TCX files into activities; malformed input becomes a <see cref="DecodeFailure"/>, never an exception.</summary>
public static class ActivityDecoder
{
    /// <summary>Larger files are refused before any parsing, to bound memory and time.</summary>
    public const int MaxFileBytes = 50 * 1024 * 1024;

    public static DecodeResult Decode(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
            return new DecodeFailure("The file is empty.", DecodeError.Empty, []);
        if (content.Length > MaxFileBytes)
            return new DecodeFailure($"The file is too large ({content.Length / (1024 * 1024)} MB); at most 50 MB can be read.", DecodeError.TooLarge, [content.Length / (1024 * 1024)]);

        var format = FormatOf(fileName, content);
        try
        {
            return format switch
            {
                ActivitySource.Fit => new DecodeSuccess(FitDecoder.Decode(content)),
                ActivitySource.Gpx => new DecodeSuccess(GpxDecoder.Decode(content)),
                ActivitySource.Tcx => new DecodeSuccess(TcxDecoder.Decode(content)),
                _ => new DecodeFailure("This is not a FIT, GPX or TCX activity file.", DecodeError.NotAnActivityFile, []),
            };
        }
        catch (ActivityFileException e)
        {
            return new DecodeFailure(e.Message, e.Error, e.Arguments);
        }
#pragma warning disable CA1031 // Any other failure on untrusted bytes is a bug, but must still reach the user as a refusal.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var name = format.ToString()?.ToUpperInvariant() ?? "";
            return new DecodeFailure($"The {name} file could not be read ({e.GetType().Name}).", DecodeError.Unreadable, [name, e.GetType().Name]);
        }
    }

    private static ActivitySource? FormatOf(string fileName, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(fileName ?? "");
        if (extension.Equals(".fit", StringComparison.OrdinalIgnoreCase))
            return ActivitySource.Fit;
        if (extension.Equals(".gpx", StringComparison.OrdinalIgnoreCase))
            return ActivitySource.Gpx;
        if (extension.Equals(".tcx", StringComparison.OrdinalIgnoreCase))
            return ActivitySource.Tcx;
        return FormatSniffer.Sniff(content);
    }
}
