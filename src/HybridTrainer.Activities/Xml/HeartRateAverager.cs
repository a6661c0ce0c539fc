namespace HybridTrainer.Activities.Xml;

/// <summary>
/// Averages heart rate over time, each reading weighted by how long it held: devices write points densely when little
/// changes (often at a low start), so a plain mean of points leans low. With no durations at all, a plain mean.
/// </summary>
internal sealed class HeartRateAverager
{
    private double _weightedSum;
    private double _seconds;
    private double _plainSum;
    private int _count;
    private int? _max;

    /// <summary>heldFor is how long until the next reading: zero for the last reading and across pauses.</summary>
    public void Add(int? heartRate, TimeSpan heldFor)
    {
        if (heartRate is not { } bpm)
            return;
        _weightedSum += bpm * heldFor.TotalSeconds;
        _seconds += heldFor.TotalSeconds;
        _plainSum += bpm;
        _count++;
        _max = Math.Max(_max ?? 0, bpm);
    }

    public HeartRateSummary Summary()
    {
        if (_count == 0)
            return new HeartRateSummary(null, null);
        var average = _seconds > 0 ? _weightedSum / _seconds : _plainSum / _count;
        return new HeartRateSummary((int)Math.Round(average), _max);
    }
}

internal readonly record struct HeartRateSummary(int? Average, int? Max);
