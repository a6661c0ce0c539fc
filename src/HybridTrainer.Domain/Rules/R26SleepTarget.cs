namespace HybridTrainer.Domain.Rules;

/// <summary>R26 Sleep target: "Plan copy shows a 7–9 h target" (7–8 h from age 65; NSF, Hirshkowitz 2015).</summary>
public static class R26SleepTarget
{
    public const string Id = "R26";

    public const int OlderAdultAge = 65;

    public static string For(int? birthYear, DateOnly startDate) =>
        birthYear is { } year && startDate.Year - year >= OlderAdultAge
            ? "Aim for 7–8 hours of sleep a night: muscles rebuild while you sleep (R26)."
            : "Aim for 7–9 hours of sleep a night: muscles rebuild while you sleep (R26).";
}
