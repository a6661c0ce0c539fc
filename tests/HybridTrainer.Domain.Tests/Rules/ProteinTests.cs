using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Domain.Tests.Rules;

public class ProteinTests
{
    [Theory]
    [InlineData(70, 112, 154, 28.0)]
    [InlineData(82, 131, 180, 32.8)]
    [InlineData(60, 96, 132, 24.0)]
    [InlineData(95, 152, 209, 38.0)]
    [InlineData(77, 123, 169, 30.8)]
    public void For_TableC7_TargetUpperAndPerMeal(int bodyWeight, int target, int upper, double perMeal)
    {
        var protein = R25Protein.For(bodyWeight);

        protein.DailyGrams.ShouldBe(target);
        protein.UpperGrams.ShouldBe(upper);
        protein.PerMealMinimumGrams.ShouldBe((decimal)perMeal);
    }

    [Fact]
    public void For_HalfGram_RoundsUp() => R25Protein.For(65.3125m).DailyGrams.ShouldBe(105);

    [Fact]
    public void For_FourMeals_EachMeetsPerMealMinimum()
    {
        var protein = R25Protein.For(82);

        protein.Meals.ShouldBe(4);
        protein.PerMealGrams.ShouldBeGreaterThanOrEqualTo((int)Math.Ceiling(protein.PerMealMinimumGrams));
        (protein.PerMealGrams * protein.Meals).ShouldBeGreaterThanOrEqualTo(protein.DailyGrams);
    }
}
