using HybridTrainer.Activities.Fit;
using static HybridTrainer.Activities.Workouts.WorkoutProfile;

namespace HybridTrainer.Activities.Workouts;

/// <summary>A workout_step's fields as read: raw numbers, NaN where absent.</summary>
internal sealed record RawStep(
    double Index, string? Name, string? Notes, double DurationType, double DurationValue, double TargetType, double TargetValue,
    double Low, double High, double Intensity, double ExerciseCategory, double ExerciseName, double Weight);

/// <summary>Keeps the file_id, workout and workout_step messages of the first FIT file in the stream.</summary>
internal sealed class WorkoutMessageSink : IFitMessageSink
{
    private int _files;

    public double FileType { get; private set; } = double.NaN;
    public double TimeCreated { get; private set; } = double.NaN;
    public bool HasWorkout { get; private set; }
    public string? Name { get; private set; }
    public double Sport { get; private set; } = double.NaN;
    public List<RawStep> Steps { get; } = [];

    public void BeginFile() => _files++;

    public void Accept(FitMessage message)
    {
        if (_files > 1)
            return; // a chained second file is not part of this workout
        switch (message.GlobalNumber)
        {
            case FileId.Message when double.IsNaN(FileType):
                FileType = message[FileId.Type];
                TimeCreated = message[FileId.TimeCreated];
                break;
            case WorkoutProfile.Workout.Message when !HasWorkout:
                HasWorkout = true;
                Name = message.Text(WorkoutProfile.Workout.Name);
                Sport = message[WorkoutProfile.Workout.Sport];
                break;
            case Step.Message:
                Steps.Add(new RawStep(
                    message[Step.MessageIndex], message.Text(Step.Name), message.Text(Step.Notes),
                    message[Step.DurationType], message[Step.DurationValue], message[Step.TargetType], message[Step.TargetValue],
                    message[Step.CustomLow], message[Step.CustomHigh], message[Step.Intensity],
                    message[Step.ExerciseCategory], message[Step.ExerciseName], message[Step.ExerciseWeight]));
                break;
        }
    }
}
