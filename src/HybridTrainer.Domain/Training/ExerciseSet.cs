namespace HybridTrainer.Domain.Training;

/// <summary>One prescribed set. <see cref="WeightKg"/> is a multiple of 2.5 kg or null for body-weight work.</summary>
public sealed record ExerciseSet(int Reps, decimal? WeightKg, int? PercentOfTrainingMax, bool Amrap);
