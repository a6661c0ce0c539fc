using HybridTrainer.Domain.Athletes;

namespace HybridTrainer.Data.Athletes;

public class Shoe
{
    public Guid Id { get; set; }

    public Guid AthleteId { get; set; }

    public required string Name { get; set; }

    public ShoeKind Kind { get; set; }

    /// <summary>Kilometres run in this pair, including what it had before it was added.</summary>
    public decimal Kilometres { get; set; }

    public DateOnly? RetiredOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
