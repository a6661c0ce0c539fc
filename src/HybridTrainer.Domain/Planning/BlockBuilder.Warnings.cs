using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

// The warnings' arguments travel in invariant form (ReasonArguments) with the precision the sentence shows; the web
// words them.
internal sealed partial class BlockBuilder
{
    // One key per lift: the sentence begins with the lift's name, which other languages word differently.
    private static string AmrapShortKey(MainLift lift) => lift switch
    {
        MainLift.Squat => ReasonKeys.WarningAmrapShortSquat,
        MainLift.BenchPress => ReasonKeys.WarningAmrapShortBenchPress,
        MainLift.Deadlift => ReasonKeys.WarningAmrapShortDeadlift,
        _ => ReasonKeys.WarningAmrapShortOverheadPress,
    };
}
