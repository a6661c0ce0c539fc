namespace HybridTrainer.Activities.Tcx;

internal static class TcxDecoder
{
    public static IReadOnlyList<DecodedActivity> Decode(ReadOnlySpan<byte> content) =>
        content.IsEmpty ? [] : throw new ActivityFileException("TCX files cannot be read yet.");
}
