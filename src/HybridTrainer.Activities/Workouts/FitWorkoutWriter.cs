using HybridTrainer.Activities.Fit;
using static HybridTrainer.Activities.Workouts.WorkoutProfile;

namespace HybridTrainer.Activities.Workouts;

/// <summary>
/// Writes a workout as a FIT workout file, the kind a Garmin watch takes from its NewFiles folder. Repeat blocks become
/// FIT repeat steps (repeat_until_steps_cmplt) after the steps they repeat. The output depends only on the arguments.
/// </summary>
public static class FitWorkoutWriter
{
    private static readonly DateTimeOffset FitEpoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <param name="workout">At least one step; repeat blocks hold at least one step and repeat at least once.</param>
    /// <param name="createdAt">Written as the file's time_created.</param>
    /// <param name="serialNumber">
    /// file_id serial_number: the FIT SDK asks that type, manufacturer, product and serial number together be unique per
    /// file. By default a hash of the workout's name and <paramref name="createdAt"/>; pass e.g. a stable number per
    /// planned session instead.
    /// </param>
    /// <exception cref="ArgumentException">A value that FIT cannot hold (negative, too large, an empty repeat…).</exception>
    public static byte[] Write(FitWorkout workout, DateTimeOffset createdAt, uint? serialNumber = null)
    {
        ArgumentNullException.ThrowIfNull(workout);
        if (workout.Steps.Count == 0)
            throw new ArgumentException("A workout needs at least one step.", nameof(workout));
        var steps = FlatSteps.From(workout.Steps);
        if (steps.Count > ushort.MaxValue - 1)
            throw new ArgumentException($"A FIT workout holds at most {ushort.MaxValue - 1} steps.", nameof(workout));

        var fit = new FitFileWriter();
        fit.Write(FileId.Message,
        [
            FitFieldValue.Enum(FileId.Type, FileTypeWorkout),
            FitFieldValue.UInt16(FileId.Manufacturer, ManufacturerDevelopment),
            FitFieldValue.UInt16(FileId.Product, 0),
            FitFieldValue.UInt32Z(FileId.SerialNumber, serialNumber ?? SerialFor(workout.Name, Seconds(createdAt))),
            FitFieldValue.UInt32(FileId.TimeCreated, Seconds(createdAt)),
        ]);
        var (sport, subSport) = workout.Sport switch
        {
            WorkoutSport.Running => (Sport.Running, Sport.SubSportGeneric),
            WorkoutSport.Strength => (Sport.Training, Sport.SubSportStrengthTraining),
            _ => (Sport.Generic, Sport.SubSportGeneric),
        };
        fit.Write(WorkoutProfile.Workout.Message,
        [
            FitFieldValue.String(WorkoutProfile.Workout.Name, workout.Name, FitFieldValue.StringSize(workout.Name)),
            FitFieldValue.Enum(WorkoutProfile.Workout.Sport, sport),
            FitFieldValue.Enum(WorkoutProfile.Workout.SubSport, subSport),
            FitFieldValue.UInt16(WorkoutProfile.Workout.NumValidSteps, (ushort)steps.Count),
        ]);

        var layout = StepLayout.For(steps);
        var fields = new List<FitFieldValue>(16);
        for (var index = 0; index < steps.Count; index++)
        {
            fields.Clear();
            layout.AddFields(fields, (ushort)index, steps[index]);
            fit.Write(Step.Message, fields.ToArray());
        }
        return fit.ToFile(ProfileVersion);
    }

    /// <summary>FNV-1a over the name's UTF-16 and the time: stable across runs, unlike string.GetHashCode.</summary>
    private static uint SerialFor(string name, uint seconds)
    {
        var hash = 2166136261u;
        foreach (var c in name ?? "")
            hash = (hash ^ c) * 16777619u;
        hash = (hash ^ seconds) * 16777619u;
        return hash == 0 ? 1 : hash; // uint32z: 0 means "no serial number"
    }

    private static uint Seconds(DateTimeOffset time)
    {
        var seconds = (time - FitEpoch).TotalSeconds;
        return seconds is >= 0 and < uint.MaxValue
            ? (uint)seconds
            : throw new ArgumentOutOfRangeException(nameof(time), time, "FIT times start on 1989-12-31 and end in 2126.");
    }
}
