namespace HybridTrainer.Domain.Training;

/// <summary>Predicted race times for the four race distances at one VDOT (R39, C3 bisection).</summary>
public sealed record RacePrediction(double Vdot, TimeSpan FiveK, TimeSpan TenK, TimeSpan HalfMarathon, TimeSpan Marathon)
{
    public TimeSpan For(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => FiveK,
        RaceDistance.TenK => TenK,
        RaceDistance.HalfMarathon => HalfMarathon,
        RaceDistance.Marathon => Marathon,
        _ => throw new ArgumentOutOfRangeException(nameof(distance)),
    };
}
