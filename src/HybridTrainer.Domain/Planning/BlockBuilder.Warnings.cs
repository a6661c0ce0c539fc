using System.Globalization;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

// The warnings' arguments travel in invariant form with the precision the sentence shows; the web words them.
internal sealed partial class BlockBuilder
{
    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Invariant(TimeSpan time) => time.ToString("h\\:mm\\:ss", CultureInfo.InvariantCulture);

    // One key per lift: the sentence begins with the lift's name, which other languages word differently.
    private static string AmrapShortKey(MainLift lift) => lift switch
    {
        MainLift.Squat => ReasonKeys.WarningAmrapShortSquat,
        MainLift.BenchPress => ReasonKeys.WarningAmrapShortBenchPress,
        MainLift.Deadlift => ReasonKeys.WarningAmrapShortDeadlift,
        _ => ReasonKeys.WarningAmrapShortOverheadPress,
    };
}
