using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Athletes;

/// <summary>The strength test for each of the four main lifts.</summary>
public sealed record LiftMaxes(LiftMax Squat, LiftMax BenchPress, LiftMax Deadlift, LiftMax OverheadPress)
{
    public LiftMax For(MainLift lift) => lift switch
    {
        MainLift.Squat => Squat,
        MainLift.BenchPress => BenchPress,
        MainLift.Deadlift => Deadlift,
        MainLift.OverheadPress => OverheadPress,
        _ => throw new ArgumentOutOfRangeException(nameof(lift)),
    };
}
