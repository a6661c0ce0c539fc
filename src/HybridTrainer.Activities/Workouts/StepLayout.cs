using HybridTrainer.Activities.Fit;
using static HybridTrainer.Activities.Workouts.WorkoutProfile;

namespace HybridTrainer.Activities.Workouts;

/// <summary>
/// The workout_step fields of one file: one definition for every step, so optional fields (name, notes, exercise) are
/// present when any step uses them, and string sizes fit the longest text.
/// </summary>
internal sealed class StepLayout
{
    private readonly byte _nameSize;
    private readonly byte _notesSize;
    private readonly bool _strength;

    private StepLayout(byte nameSize, byte notesSize, bool strength) => (_nameSize, _notesSize, _strength) = (nameSize, notesSize, strength);

    public static StepLayout For(List<FlatStep> steps)
    {
        var singles = steps.Where(s => s.Step is not null).Select(s => s.Step!).ToList();
        var nameSize = singles.Any(s => !string.IsNullOrEmpty(s.Name)) ? singles.Max(s => FitFieldValue.StringSize(s.Name)) : (byte)0;
        var notesSize = singles.Any(s => !string.IsNullOrEmpty(s.Notes)) ? singles.Max(s => FitFieldValue.StringSize(s.Notes)) : (byte)0;
        return new StepLayout(nameSize, notesSize, singles.Any(s => s.Exercise is not null || s.WeightKg is not null));
    }

    public void AddFields(List<FitFieldValue> fields, ushort index, FlatStep flat)
    {
        var step = flat.Step;
        fields.Add(FitFieldValue.UInt16(Step.MessageIndex, index));
        if (_nameSize > 0)
            fields.Add(FitFieldValue.String(Step.Name, step?.Name, _nameSize));

        var (durationType, durationValue) = step is null
            ? (Duration.RepeatUntilStepsComplete, (uint)flat.RepeatFrom)
            : StepEncoding.Duration(step.Duration);
        // A repeat step holds its count in target_value, with an open target (as the FIT SDK's workout example writes it).
        var (targetType, targetValue, low, high) = step is null
            ? (Target.Open, (uint?)flat.RepeatCount, (uint?)null, (uint?)null)
            : StepEncoding.Target(step.Target);
        fields.Add(FitFieldValue.Enum(Step.DurationType, durationType));
        fields.Add(FitFieldValue.UInt32(Step.DurationValue, durationValue));
        fields.Add(FitFieldValue.Enum(Step.TargetType, targetType));
        fields.Add(FitFieldValue.UInt32(Step.TargetValue, targetValue));
        fields.Add(FitFieldValue.UInt32(Step.CustomLow, low));
        fields.Add(FitFieldValue.UInt32(Step.CustomHigh, high));
        fields.Add(FitFieldValue.Enum(Step.Intensity, step is null ? null : Intensity(step.Intensity)));
        if (_notesSize > 0)
            fields.Add(FitFieldValue.String(Step.Notes, step?.Notes, _notesSize));
        if (_strength)
        {
            fields.Add(FitFieldValue.UInt16(Step.ExerciseCategory, (ushort?)step?.Exercise?.Category));
            fields.Add(FitFieldValue.UInt16(Step.ExerciseName, step?.Exercise?.Name));
            fields.Add(FitFieldValue.UInt16(Step.ExerciseWeight, StepEncoding.Weight(step?.WeightKg)));
            fields.Add(FitFieldValue.UInt16(Step.WeightDisplayUnit, step?.WeightKg is null ? null : WeightUnitKilogram));
        }
    }
}
