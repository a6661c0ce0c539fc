namespace HybridTrainer.Domain.Training;

/// <summary>
/// One programme week: the 7 days from <see cref="StartDate"/>. <see cref="WaveWeek"/> is the 5/3/1 week 1–4
/// (4 = deload). Sessions are ordered by date, at most one per date.
/// </summary>
public sealed record TrainingWeek(
    int ProgramWeek,
    int WaveWeek,
    DateOnly StartDate,
    TrainingMaxes TrainingMaxes,
    IReadOnlyList<PlannedSession> Sessions)
{
    public int PlannedLoadAu => Sessions.Sum(s => s.LoadAu);

    public int PlannedRunMinutes => Sessions.Where(s => s.Kind == SessionKind.Run).Sum(s => s.DurationMinutes);
}
