using DomainBlock = HybridTrainer.Domain.Training.TrainingBlock;

namespace HybridTrainer.Data.Planning;

/// <summary>The block-level figures kept beside the session rows (see ADR 3).</summary>
public static class BlockSnapshotMapping
{
    public static BlockSnapshot From(DomainBlock block) => new()
    {
        Vdot = block.Vdot is { } vdot ? Math.Round(vdot, 1) : null,
        SquatTrainingMaxKg = block.TrainingMaxes.Squat,
        BenchPressTrainingMaxKg = block.TrainingMaxes.BenchPress,
        DeadliftTrainingMaxKg = block.TrainingMaxes.Deadlift,
        OverheadPressTrainingMaxKg = block.TrainingMaxes.OverheadPress,
        ProteinGramsPerDay = block.ProteinGramsPerDay,
        Warnings = [.. block.Warnings.Select(w => new BlockWarning { Rule = w.Rule, Message = w.Message })],
    };
}
