namespace HybridTrainer.Activities.Gpx;

internal static class GpxDecoder
{
    public static IReadOnlyList<DecodedActivity> Decode(ReadOnlySpan<byte> content) =>
        content.IsEmpty ? [] : throw new ActivityFileException("GPX files cannot be read yet.");
}
