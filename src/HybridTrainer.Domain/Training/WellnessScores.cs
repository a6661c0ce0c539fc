namespace HybridTrainer.Domain.Training;

/// <summary>McLean wellness questionnaire, five items scored 1–5 (3 = normal, 5 = best).</summary>
public sealed record WellnessScores(int Fatigue, int SleepQuality, int Soreness, int Stress, int Mood)
{
    public int Total => Fatigue + SleepQuality + Soreness + Stress + Mood;
}
