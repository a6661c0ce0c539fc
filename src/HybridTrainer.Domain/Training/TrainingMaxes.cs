namespace HybridTrainer.Domain.Training;

/// <summary>Training max per main lift in kg, never rounded (R19).</summary>
public sealed record TrainingMaxes(decimal Squat, decimal BenchPress, decimal Deadlift, decimal OverheadPress)
{
    public decimal For(MainLift lift) => lift switch
    {
        MainLift.Squat => Squat,
        MainLift.BenchPress => BenchPress,
        MainLift.Deadlift => Deadlift,
        MainLift.OverheadPress => OverheadPress,
        _ => throw new ArgumentOutOfRangeException(nameof(lift)),
    };

    public TrainingMaxes With(MainLift lift, decimal value) => lift switch
    {
        MainLift.Squat => this with { Squat = value },
        MainLift.BenchPress => this with { BenchPress = value },
        MainLift.Deadlift => this with { Deadlift = value },
        MainLift.OverheadPress => this with { OverheadPress = value },
        _ => throw new ArgumentOutOfRangeException(nameof(lift)),
    };
}
