namespace HybridTrainer.Domain.Training;

/// <summary>A set as performed. For AMRAP sets, <see cref="PrescribedReps"/> is the minimum asked for.</summary>
public sealed record LoggedSet(string Exercise, MainLift? MainLift, int Reps, decimal WeightKg, bool Amrap, int PrescribedReps);
