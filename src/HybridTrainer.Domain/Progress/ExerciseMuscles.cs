namespace HybridTrainer.Domain.Progress;

/// <summary>The muscles an exercise trains: each primary gets a whole hard set per set done, each secondary half.</summary>
public sealed record ExerciseMuscles(IReadOnlyList<MuscleGroup> Primary, IReadOnlyList<MuscleGroup> Secondary);
