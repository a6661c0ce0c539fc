using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Builders;

/// <summary>Short-hands for generating and checking plans in tests.</summary>
public static class Plans
{
    /// <summary>A Monday, so weekday names in tests match offsets.</summary>
    public static readonly DateOnly Monday = new(2026, 11, 23);

    public static TrainingBlock Generate(AthleteProfile profile, int weeks = 4, TrainingHistory? history = null, DateOnly? start = null) =>
        BlockGenerator.Generate(new BlockRequest(profile, start ?? Monday, weeks, history));

    public static IReadOnlyList<RuleViolation> Check(TrainingBlock plan, AthleteProfile profile, TrainingHistory? history = null) =>
        PlanChecker.Check(plan, profile, history);

    public static IEnumerable<string> Rules(this IReadOnlyList<RuleViolation> violations) => violations.Select(v => v.Rule);

    public static string Describe(this IReadOnlyList<RuleViolation> violations) =>
        string.Join(Environment.NewLine, violations.Select(v => $"{v.Rule}: {v.Reason}"));
}
