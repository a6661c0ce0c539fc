namespace HybridTrainer.Activities.Tests.Fuzz;

/// <summary>
/// Decodes mutated files one by one, each on its own task with a time limit, and collects what went wrong: a hang,
/// an exception, the decoder's catch-all refusal (an exception the decoder did not expect), or a result that makes no
/// sense. Reports name the seed file and mutation, so any finding can be replayed.
/// </summary>
internal sealed class FuzzRun
{
    /// <summary>Far above any real decode here (milliseconds); a decode this slow is a hang or a blow-up.</summary>
    private static readonly TimeSpan DecodeLimit = TimeSpan.FromSeconds(5);

    private readonly List<string> _findings = [];
    private readonly Dictionary<string, int> _reasons = [];

    public int Decoded { get; private set; }

    public int Refused { get; private set; }

    public IReadOnlyList<string> Findings => _findings;

    /// <summary>The most common refusals, numbers blanked out: shows how deep into the decoders the damage reached.</summary>
    public IEnumerable<string> CommonReasons(int count) =>
        _reasons.OrderByDescending(r => r.Value).Take(count).Select(r => $"{r.Value,5} × {r.Key}");

    public void Decode(string fileName, byte[] bytes, string what)
    {
        var decode = Task.Run(() => ActivityDecoder.Decode(fileName, bytes));
        if (!decode.Wait(DecodeLimit))
        {
            _findings.Add($"{what}: no result within {DecodeLimit.TotalSeconds} s");
            return;
        }
        Decoded++;
        switch (decode.Result)
        {
            case DecodeFailure failure when failure.Reason.Contains("could not be read (", StringComparison.Ordinal):
                _findings.Add($"{what}: {failure.Reason}");
                break;
            case DecodeFailure failure when string.IsNullOrWhiteSpace(failure.Reason):
                _findings.Add($"{what}: refused without a reason");
                break;
            case DecodeFailure failure:
                Refused++;
                var reason = System.Text.RegularExpressions.Regex.Replace(failure.Reason, "[0-9]+", "N");
                _reasons[reason] = _reasons.GetValueOrDefault(reason) + 1;
                break;
            case DecodeSuccess success:
                _findings.AddRange(Nonsense(success).Select(n => $"{what}: {n}"));
                break;
        }
    }

    private static IEnumerable<string> Nonsense(DecodeSuccess success)
    {
        if (success.Activities.Count == 0)
            yield return "success without an activity";
        foreach (var activity in success.Activities)
        {
            if (activity.MovingTime < TimeSpan.Zero || activity.ElapsedTime < TimeSpan.Zero)
                yield return $"negative time (moving {activity.MovingTime}, elapsed {activity.ElapsedTime})";
            if (activity.DistanceMeters is { } d && (!double.IsFinite(d) || d < 0))
                yield return $"distance {d}";
            if (activity.Samples.Count > SampleThinner.MaxSamples)
                yield return $"{activity.Samples.Count} samples";
        }
    }
}
