using HybridTrainer.Domain.Training;

namespace HybridTrainer.Data.Athletes;

/// <summary>One main lift's max: a tested 1RM, or a rep test (weight × reps) the engine turns into an estimate.</summary>
public class LiftMaxEntry
{
    public Guid Id { get; set; }

    public Guid AthleteId { get; set; }

    public MainLift Lift { get; set; }

    public decimal? OneRepMaxKg { get; set; }

    public decimal? TestWeightKg { get; set; }

    public int? TestReps { get; set; }

    public DateOnly MeasuredOn { get; set; }
}
