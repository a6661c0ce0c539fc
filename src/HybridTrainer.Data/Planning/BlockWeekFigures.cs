using HybridTrainer.Domain.Training;

namespace HybridTrainer.Data.Planning;

/// <summary>One programme week of a saved block: its 5/3/1 wave week and the training maxes its loads come from.</summary>
public class BlockWeekFigures
{
    public int ProgramWeek { get; set; }

    public int WaveWeek { get; set; }

    /// <summary>Base, Build or Taper in a race block (R32); null in an open block.</summary>
    public TrainingPhase? Phase { get; set; }

    public decimal SquatTrainingMaxKg { get; set; }

    public decimal BenchPressTrainingMaxKg { get; set; }

    public decimal DeadliftTrainingMaxKg { get; set; }

    public decimal OverheadPressTrainingMaxKg { get; set; }
}
