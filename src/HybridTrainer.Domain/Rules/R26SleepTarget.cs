using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Rules;

/// <summary>R26 Sleep target: "Plan copy shows a 7–9 h target" (7–8 h from age 65; NSF, Hirshkowitz 2015).</summary>
public static class R26SleepTarget
{
    public const string Id = "R26";

    public const int OlderAdultAge = 65;

    /// <summary>The target for someone born in <paramref name="birthYear"/>, as a reason the web words for the reader.</summary>
    public static Reason For(int? birthYear, DateOnly startDate) =>
        new(birthYear is { } year && startDate.Year - year >= OlderAdultAge ? ReasonKeys.SleepTargetOlderAdult : ReasonKeys.SleepTargetAdult);
}
