namespace HybridTrainer.Data.Athletes;

/// <summary>How an athlete reads numbers. Everything is stored metric.</summary>
public enum UnitSystem
{
    Metric,
    Imperial,
}
