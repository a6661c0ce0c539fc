using System.Globalization;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

// The warnings' arguments travel in invariant form with the precision the sentence shows; the web words them.
internal sealed partial class BlockBuilder
{
    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    // To the nearest second, as every page, sheet and API answer writes a race time: the warning and the race-day card
    // must name the same prediction.
    private static string Invariant(TimeSpan time) =>
        TimeSpan.FromSeconds(Math.Round(time.TotalSeconds, MidpointRounding.AwayFromZero)).ToString("h\\:mm\\:ss", CultureInfo.InvariantCulture);

    // One key per lift: the sentence begins with the lift's name, which other languages word differently.
    private static string AmrapShortKey(MainLift lift) => lift switch
    {
        MainLift.Squat => ReasonKeys.WarningAmrapShortSquat,
        MainLift.BenchPress => ReasonKeys.WarningAmrapShortBenchPress,
        MainLift.Deadlift => ReasonKeys.WarningAmrapShortDeadlift,
        _ => ReasonKeys.WarningAmrapShortOverheadPress,
    };
}
