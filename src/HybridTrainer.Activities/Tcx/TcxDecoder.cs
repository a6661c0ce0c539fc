namespace HybridTrainer.Activities.Tcx;

/// <summary>One activity per Activity element; a file whose activities cannot all be read is refused whole.</summary>
internal static class TcxDecoder
{
    public static IReadOnlyList<DecodedActivity> Decode(ReadOnlySpan<byte> content)
    {
        var activities = TcxReader.Read(content);
        if (activities.Count == 0)
            throw new ActivityFileException(DecodeError.TcxNoActivity, "The TCX file holds no activity (it may hold only courses or workouts).");
        return activities.Select(TcxActivityBuilder.Build).ToList();
    }
}
