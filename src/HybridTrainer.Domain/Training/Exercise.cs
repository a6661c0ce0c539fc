namespace HybridTrainer.Domain.Training;

/// <summary>An exercise with its sets; <see cref="MainLift"/> is set for the four 5/3/1 lifts only.</summary>
public sealed record Exercise(string Name, MainLift? MainLift, ExerciseRole Role, IReadOnlyList<ExerciseSet> Sets);
