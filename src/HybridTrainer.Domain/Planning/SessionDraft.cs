using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Why a planned quality run became an easy one.</summary>
internal enum QualityChange
{
    None,
    NoviceGate,
    Spacing,
    LoadGuard,
}

/// <summary>A session before it is written out: enough to size durations and loads for R15–R18.</summary>
internal sealed class SessionDraft
{
    public required int Offset { get; init; }

    public required SlotRole Role { get; init; }

    public RunType? RunType { get; set; }

    public int Minutes { get; set; }

    public int Rpe { get; set; }

    public bool LiftDeload { get; set; }

    public bool LiftTrimmed { get; set; }

    /// <summary>Lifts taken to deload percentages by the load guard rather than by the wave (R17).</summary>
    public bool LiftIntro { get; set; }

    /// <summary>Trimmed by the R17 ramp: the session carries R17 as its adjustment.</summary>
    public bool Lightened { get; set; }

    /// <summary>A quality run in a deload week whose normal weeks have none: the light lifts leave room for it (R24).</summary>
    public bool DeloadQuality { get; set; }

    public QualityChange QualityChange { get; set; }

    public int QualityNumber { get; set; }

    public bool IsLift => Role is SlotRole.LiftA or SlotRole.LiftB or SlotRole.LiftUpper;

    public bool IsEasyRun => RunType is Training.RunType.Steady or Training.RunType.Recovery;

    public bool IsHard => IsLift ? Role != SlotRole.LiftUpper && !LiftDeload : RunType is Training.RunType.Interval or Training.RunType.Hill;

    public int Load => R18LoadAndMonotony.SessionLoad(Rpe, Minutes);
}
