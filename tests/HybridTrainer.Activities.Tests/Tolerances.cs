namespace HybridTrainer.Activities.Tests;

internal static class Tolerances
{
    /// <summary>Distances agree with a reference decoder within 0.5 %.</summary>
    public static void ShouldBeWithinHalfPercentOf(this double? actual, double expected)
    {
        actual.ShouldNotBeNull();
        actual.Value.ShouldBe(expected, expected * 0.005);
    }
}
