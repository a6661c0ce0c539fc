namespace HybridTrainer.Activities.Workouts;

/// <summary>
/// The numbers of the published FIT profile (Profile.xlsx of the FIT SDK) that workout files use: messages, field
/// numbers, enum values and scales. WorkoutIndividualSteps.fit, written by the SDK, uses the same field numbers.
/// </summary>
internal static class WorkoutProfile
{
    public const byte FileTypeWorkout = 5;
    public const ushort ManufacturerDevelopment = 255;

    /// <summary>Header profile version 21.32 (major × 100 + minor); every field written here is older than that.</summary>
    public const ushort ProfileVersion = 2132;

    public static class FileId
    {
        public const ushort Message = 0;
        public const byte Type = 0, Manufacturer = 1, Product = 2, SerialNumber = 3, TimeCreated = 4;
    }

    public static class Workout
    {
        public const ushort Message = 26;
        public const byte Sport = 4, NumValidSteps = 6, Name = 8, SubSport = 11;
    }

    public static class Step
    {
        public const ushort Message = 27;
        public const byte MessageIndex = 254, Name = 0, DurationType = 1, DurationValue = 2, TargetType = 3, TargetValue = 4,
            CustomLow = 5, CustomHigh = 6, Intensity = 7, Notes = 8, ExerciseCategory = 10, ExerciseName = 11,
            ExerciseWeight = 12, WeightDisplayUnit = 13;
    }

    public static class Sport
    {
        public const byte Generic = 0, Running = 1, Training = 10;
        public const byte SubSportGeneric = 0, SubSportStrengthTraining = 20;
    }

    /// <summary>wkt_step_duration.</summary>
    public static class Duration
    {
        public const byte Time = 0, Distance = 1, HeartRateLessThan = 2, HeartRateGreaterThan = 3, Open = 5,
            RepeatUntilStepsComplete = 6, Reps = 29;

        /// <summary>Repeats that end on a condition rather than a count (repeat_until_time … _training_peaks_tss).</summary>
        public static bool IsConditionalRepeat(byte type) => type is >= 7 and <= 13 or 17 or 18 or 27;
    }

    /// <summary>wkt_step_target.</summary>
    public static class Target
    {
        public const byte Speed = 0, HeartRate = 1, Open = 2, Power = 4;
    }

    /// <summary>workout_hr: 0–100 is % of maximum heart rate, above that bpm + 100.</summary>
    public const uint HeartRateBpmOffset = 100;

    public const double TimeScale = 1000, DistanceScale = 100, SpeedScale = 1000, WeightScale = 100;

    public const ushort WeightUnitKilogram = 1;

    /// <summary>intensity enum: active 0, rest 1, warmup 2, cooldown 3, recovery 4, interval 5, other 6.</summary>
    public static byte Intensity(StepIntensity intensity) => intensity switch
    {
        StepIntensity.Active => 0,
        StepIntensity.Rest => 1,
        StepIntensity.Warmup => 2,
        StepIntensity.Cooldown => 3,
        StepIntensity.Recovery => 4,
        StepIntensity.Interval => 5,
        _ => 6,
    };

    public static StepIntensity Intensity(double value) => value switch
    {
        1 => StepIntensity.Rest,
        2 => StepIntensity.Warmup,
        3 => StepIntensity.Cooldown,
        4 => StepIntensity.Recovery,
        5 => StepIntensity.Interval,
        6 => StepIntensity.Other,
        _ => StepIntensity.Active, // the profile's default when the field is absent
    };
}
