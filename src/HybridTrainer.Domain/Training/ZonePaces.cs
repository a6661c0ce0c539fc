namespace HybridTrainer.Domain.Training;

/// <summary>Training paces from VDOT (C3), in seconds per km.</summary>
public sealed record ZonePaces(PaceRange Recovery, PaceRange Steady, int RepetitionSecondsPerKm);
