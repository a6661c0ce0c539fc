namespace HybridTrainer.Activities.Fit;

internal static class FitDecoder
{
    public static IReadOnlyList<DecodedActivity> Decode(ReadOnlySpan<byte> content)
    {
        var builder = new FitActivityBuilder();
        FitReader.Read(content, builder);
        return builder.Finish();
    }
}
