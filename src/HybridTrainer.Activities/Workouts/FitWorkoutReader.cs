using HybridTrainer.Activities.Fit;
using static HybridTrainer.Activities.Workouts.WorkoutProfile;

namespace HybridTrainer.Activities.Workouts;

/// <summary>
/// Reads a FIT workout file (from <see cref="FitWorkoutWriter"/>, a watch or another app) into a <see cref="FitWorkout"/>:
/// repeat steps become <see cref="RepeatBlock"/>s around the steps they repeat. Malformed input becomes a
/// <see cref="WorkoutReadFailure"/>, never an exception.
/// </summary>
public static class FitWorkoutReader
{
    public static WorkoutReadResult Read(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
            return new WorkoutReadFailure("The file is empty.");
        if (content.Length > ActivityDecoder.MaxFileBytes)
            return new WorkoutReadFailure("The file is too large to be a workout.");
        try
        {
            var sink = new WorkoutMessageSink();
            FitReader.Read(content, sink);
            return Assemble(sink);
        }
        catch (ActivityFileException e)
        {
            return new WorkoutReadFailure(e.Message);
        }
#pragma warning disable CA1031 // Any other failure on untrusted bytes is a bug, but must still reach the user as a refusal.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new WorkoutReadFailure($"The FIT workout could not be read ({e.GetType().Name}).");
        }
    }

    private static WorkoutReadResult Assemble(WorkoutMessageSink sink)
    {
        if (sink.FileType != FileTypeWorkout)
        {
            var what = sink.FileType switch
            {
                double.NaN => "a FIT file without a file_id",
                FitFileType.Activity => "a FIT activity file",
                var type => FitFileType.Describe((int)type),
            };
            return new WorkoutReadFailure($"This is not a workout: it is {what}.");
        }
        if (!sink.HasWorkout)
            return new WorkoutReadFailure("This FIT workout file has no workout message.");

        var steps = sink.Steps.OrderBy(s => double.IsNaN(s.Index) ? 0 : s.Index).ToList(); // stable: unnumbered steps keep their order
        var tree = new List<(int FlatStart, WorkoutStep Step)>();
        for (var i = 0; i < steps.Count; i++)
        {
            var raw = steps[i];
            if (raw.DurationType is Duration.RepeatUntilStepsComplete)
            {
                if (Repeat(tree, raw, i) is { } failure)
                    return failure;
            }
            else if (raw.DurationType is var type && !double.IsNaN(type) && Duration.IsConditionalRepeat((byte)type))
            {
                return new WorkoutReadFailure($"Step {i + 1} repeats until a condition (FIT duration type {type}); only repeat counts are read.");
            }
            else
            {
                tree.Add((i, StepDecoding.Single(raw)));
            }
        }

        var sport = sink.Sport switch
        {
            Sport.Running => WorkoutSport.Running,
            Sport.Training => WorkoutSport.Strength,
            _ => WorkoutSport.Other,
        };
        var workout = new FitWorkout(sink.Name ?? "", sport, tree.Select(t => t.Step).ToList());
        return new WorkoutReadSuccess(workout, FitTime.ToUtc(double.IsNaN(sink.TimeCreated) ? null : sink.TimeCreated));
    }

    /// <summary>Folds the steps from the repeat's first step up to it into one block; null when that worked.</summary>
    private static WorkoutReadFailure? Repeat(List<(int FlatStart, WorkoutStep Step)> tree, RawStep raw, int index)
    {
        var from = raw.DurationValue;
        var start = tree.FindIndex(t => t.FlatStart == from);
        if (double.IsNaN(from) || from >= index || start < 0)
            return new WorkoutReadFailure($"Step {index + 1} repeats from step {from + 1}, which is not a step before it that starts a group.");
        if (!(raw.TargetValue >= 1 && raw.TargetValue <= int.MaxValue))
            return new WorkoutReadFailure($"Step {index + 1} repeats {raw.TargetValue} times; a repeat count is 1 or more.");

        var inner = tree.Skip(start).Select(t => t.Step).ToList();
        tree.RemoveRange(start, tree.Count - start);
        tree.Add(((int)from, new RepeatBlock((int)raw.TargetValue, inner)));
        return null;
    }
}
