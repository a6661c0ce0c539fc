using HybridTrainer.Domain.Athletes;

namespace HybridTrainer.Data.Athletes;

public class Shoe
{
    public Guid Id { get; set; }

    public Guid AthleteId { get; set; }

    public required string Name { get; set; }

    public ShoeKind Kind { get; set; }

    /// <summary>Kilometres the pair had when it was added (or as last set by hand), before any logged run.</summary>
    public decimal Kilometres { get; set; }

    /// <summary>
    /// Kilometres of completed logged runs planned in this pair. Kept by <see cref="Planning.CoachReadModel"/> in the
    /// same save as the log or session that changes it; never set by hand.
    /// </summary>
    public decimal LoggedKilometres { get; set; }

    /// <summary>The pair's distance, the one definition every reader uses (shoes page, coach's table, R28/R29).</summary>
    public decimal TotalKilometres => Kilometres + LoggedKilometres;

    public DateOnly? RetiredOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
