namespace HybridTrainer.Activities.Workouts;

/// <summary>Either the workout read from a file, or why the file was refused.</summary>
public abstract record WorkoutReadResult;

/// <summary>The workout, and the file's time_created when it has a real date.</summary>
public sealed record WorkoutReadSuccess(FitWorkout Workout, DateTimeOffset? CreatedAt) : WorkoutReadResult;

/// <summary>A human sentence naming what is wrong with the file.</summary>
public sealed record WorkoutReadFailure(string Reason) : WorkoutReadResult;
