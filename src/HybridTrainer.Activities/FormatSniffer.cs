using System.Text;

namespace HybridTrainer.Activities;

/// <summary>Guesses the format of a file whose name does not say it.</summary>
internal static class FormatSniffer
{
    public static ActivitySource? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 12 && content.Slice(8, 4).SequenceEqual(".FIT"u8))
            return ActivitySource.Fit;

        // The root element sits within the first few hundred bytes of any GPX or TCX file.
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 4096)]);
        if (head.Contains("<gpx", StringComparison.Ordinal))
            return ActivitySource.Gpx;
        if (head.Contains("<TrainingCenterDatabase", StringComparison.Ordinal))
            return ActivitySource.Tcx;
        return null;
    }
}
