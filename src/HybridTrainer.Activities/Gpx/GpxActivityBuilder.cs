namespace HybridTrainer.Activities.Gpx;

/// <summary>
/// Turns all tracks of a GPX file into one activity (a file is one outing, even when the device split it into tracks).
/// Distance is the 2-D length within segments: a gap between segments is a jump, not ground covered.
/// Moving time follows <see cref="PauseRule"/>. GPX has no laps, so Laps is empty, as for a FIT file without lap messages.
/// </summary>
internal static class GpxActivityBuilder
{
    public static DecodedActivity Build(GpxTracks tracks)
    {
        var pointCount = tracks.PointCount;
        if (pointCount == 0)
        {
            throw tracks.HasRoutesOrWaypoints
                ? new ActivityFileException(DecodeError.GpxRoutesOnly, "The GPX file has no track: it holds only routes or waypoints, which are plans, not a recorded activity.")
                : new ActivityFileException(DecodeError.GpxNoPoints, "The GPX file has no track points.");
        }

        var times = tracks.Segments.SelectMany(s => s).Where(p => p.Time is not null).Select(p => p.Time!.Value).ToList();
        if (times.Count == 0)
            throw new ActivityFileException(DecodeError.GpxNoTimes, "The GPX track has no times, so the activity's duration cannot be known.");
        // Times on a few points (a handful in a long log) would give a duration that belongs to a few metres of it.
        if (times.Count * 2 < pointCount)
            throw new ActivityFileException(DecodeError.GpxFewTimes, $"The GPX track has times on only {times.Count} of its {pointCount} points, so the activity's duration cannot be known.", times.Count, pointCount);

        var start = times.Min();
        var elapsed = times.Max() - start;
        if (elapsed <= TimeSpan.Zero)
            throw new ActivityFileException(DecodeError.GpxTimesStill, "The GPX track's times do not advance, so the activity's duration cannot be known.");

        var walk = TrackWalk.Run(tracks.Segments, start);
        return new DecodedActivity(
            tracks.Sport ?? ActivitySport.Other,
            ActivitySource.Gpx,
            start,
            walk.MovingTime,
            elapsed,
            walk.DistanceMeters,
            walk.HeartRate.Average,
            walk.HeartRate.Max,
            [],
            SampleThinner.Thin(walk.Samples));
    }
}
