namespace HybridTrainer.Domain.Training;

/// <summary>Daily protein target and its split over meals (R25).</summary>
public sealed record ProteinTarget(int DailyGrams, int UpperGrams, int Meals, decimal PerMealMinimumGrams, int PerMealGrams);
