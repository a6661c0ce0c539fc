namespace HybridTrainer.Activities.Gpx;

/// <summary>
/// A GPX file is one activity. Its sport comes from the first trk/type that names one; without such a type it is
/// Other, not Running: GPX is as often a hike or a ride as a run, and a guess would put a hike into running load and
/// shoe mileage, so the athlete chooses instead.
/// </summary>
internal static class GpxDecoder
{
    public static IReadOnlyList<DecodedActivity> Decode(ReadOnlySpan<byte> content) =>
        [GpxActivityBuilder.Build(GpxTrackReader.Read(content))];
}
