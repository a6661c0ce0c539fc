namespace HybridTrainer.Activities.Workouts;

/// <summary>A FIT workout step: a step to do, or a repeat of the steps from <see cref="RepeatFrom"/> up to itself.</summary>
internal sealed record FlatStep(SingleStep? Step, int RepeatFrom, int RepeatCount);

/// <summary>Nested repeat blocks as FIT lists them: each block's steps, then one repeat step pointing back at the first.</summary>
internal static class FlatSteps
{
    public static List<FlatStep> From(IReadOnlyList<WorkoutStep> steps)
    {
        var flat = new List<FlatStep>();
        Add(flat, steps);
        return flat;
    }

    private static void Add(List<FlatStep> flat, IReadOnlyList<WorkoutStep> steps)
    {
        foreach (var step in steps)
        {
            switch (step)
            {
                case SingleStep single:
                    flat.Add(new FlatStep(single, 0, 0));
                    break;
                case RepeatBlock { Steps.Count: 0 }:
                    throw new ArgumentException("A repeat block needs at least one step.", nameof(steps));
                case RepeatBlock { Count: < 1 } repeat:
                    throw new ArgumentException($"A repeat block is done at least once, not {repeat.Count} times.", nameof(steps));
                case RepeatBlock repeat:
                    var first = flat.Count;
                    Add(flat, repeat.Steps);
                    flat.Add(new FlatStep(null, first, repeat.Count));
                    break;
                default:
                    throw new ArgumentException($"Unknown workout step {step?.GetType().Name ?? "null"}.", nameof(steps));
            }
        }
    }
}
