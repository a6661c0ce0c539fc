namespace HybridTrainer.Activities.Gpx;

/// <summary>All track segments of a GPX file in file order, with the first track type that names a sport.</summary>
internal sealed record GpxTracks(IReadOnlyList<IReadOnlyList<GpxPoint>> Segments, ActivitySport? Sport, bool HasRoutesOrWaypoints)
{
    public int PointCount => Segments.Sum(s => s.Count);
}
