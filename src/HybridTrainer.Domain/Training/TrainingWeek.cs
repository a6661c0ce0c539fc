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
    /// <summary>Base, Build or Taper in a race block (R32); null in an open block.</summary>
    public TrainingPhase? Phase { get; init; }

    public int PlannedLoadAu
    {
        get
        {
            var load = 0;
            for (var i = 0; i < Sessions.Count; i++)
            {
                load += Sessions[i].LoadAu;
            }

            return load;
        }
    }

    public int PlannedRunMinutes
    {
        get
        {
            var minutes = 0;
            for (var i = 0; i < Sessions.Count; i++)
            {
                minutes += Sessions[i].Kind == SessionKind.Run ? Sessions[i].DurationMinutes : 0;
            }

            return minutes;
        }
    }
}
