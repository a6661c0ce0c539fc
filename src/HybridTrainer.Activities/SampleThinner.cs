namespace HybridTrainer.Activities;

internal static class SampleThinner
{
    /// <summary>A chart needs no more points than it has pixels; keeping every n-th point keeps the shape and the last point.</summary>
    public const int MaxSamples = 2000;

    public static IReadOnlyList<ActivitySample> Thin(List<ActivitySample> samples)
    {
        if (samples.Count <= MaxSamples)
            return samples;
        var step = (samples.Count + MaxSamples - 2) / (MaxSamples - 1);
        var thinned = new List<ActivitySample>(MaxSamples);
        for (var i = 0; i < samples.Count - 1; i += step)
            thinned.Add(samples[i]);
        thinned.Add(samples[^1]);
        return thinned;
    }
}
