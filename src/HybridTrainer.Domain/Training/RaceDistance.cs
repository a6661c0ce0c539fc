namespace HybridTrainer.Domain.Training;

/// <summary>The race distances a block can aim at (R31).</summary>
public enum RaceDistance
{
    FiveK,
    TenK,
    HalfMarathon,
    Marathon,
}
