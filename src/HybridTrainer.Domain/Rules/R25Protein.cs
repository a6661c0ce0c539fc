using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R25 Protein: "protein_g = round(1.6 × BW_kg), round half up; display range 1.6–2.2 × BW; ≥ 4 meals, each
/// ≥ 0.4 g/kg" (Morton 2018, Schoenfeld &amp; Aragon 2018).
/// </summary>
public static class R25Protein
{
    public const string Id = "R25";

    public const decimal GramsPerKg = 1.6m;
    public const decimal UpperGramsPerKg = 2.2m;
    public const decimal PerMealGramsPerKg = 0.4m;
    public const int Meals = 4;

    public static ProteinTarget For(decimal bodyWeightKg)
    {
        var perMeal = PerMealGramsPerKg * bodyWeightKg;
        return new ProteinTarget(
            (int)Math.Round(GramsPerKg * bodyWeightKg, MidpointRounding.AwayFromZero),
            (int)Math.Round(UpperGramsPerKg * bodyWeightKg, MidpointRounding.AwayFromZero),
            Meals,
            perMeal,
            (int)Math.Ceiling(perMeal));
    }
}
