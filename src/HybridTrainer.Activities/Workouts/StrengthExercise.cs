namespace HybridTrainer.Activities.Workouts;

/// <summary>
/// An exercise as the FIT profile numbers it: a category, and a name whose numbers are per category (the profile's
/// squat_exercise_name, deadlift_exercise_name… types). A watch shows the exercise and counts its reps. A null name
/// leaves the exact exercise open within its category.
/// </summary>
public sealed record StrengthExercise(ExerciseCategory Category, ushort? Name)
{
    public static readonly StrengthExercise BarbellBackSquat = new(ExerciseCategory.Squat, 6);
    public static readonly StrengthExercise BarbellFrontSquat = new(ExerciseCategory.Squat, 8);
    public static readonly StrengthExercise BarbellDeadlift = new(ExerciseCategory.Deadlift, 0);
    public static readonly StrengthExercise RomanianDeadlift = new(ExerciseCategory.Deadlift, 23);
    public static readonly StrengthExercise BarbellBenchPress = new(ExerciseCategory.BenchPress, 1);
    public static readonly StrengthExercise OverheadBarbellPress = new(ExerciseCategory.ShoulderPress, 14);
}

/// <summary>The FIT profile's exercise_category values (uint16); later profiles add more, which still cast.</summary>
public enum ExerciseCategory : ushort
{
    BenchPress = 0,
    CalfRaise = 1,
    Cardio = 2,
    Carry = 3,
    Chop = 4,
    Core = 5,
    Crunch = 6,
    Curl = 7,
    Deadlift = 8,
    Flye = 9,
    HipRaise = 10,
    HipStability = 11,
    HipSwing = 12,
    Hyperextension = 13,
    LateralRaise = 14,
    LegCurl = 15,
    LegRaise = 16,
    Lunge = 17,
    OlympicLift = 18,
    Plank = 19,
    Plyo = 20,
    PullUp = 21,
    PushUp = 22,
    Row = 23,
    ShoulderPress = 24,
    ShoulderStability = 25,
    Shrug = 26,
    SitUp = 27,
    Squat = 28,
    TotalBody = 29,
    TricepsExtension = 30,
    WarmUp = 31,
    Run = 32,
    Unknown = 65534,
}
