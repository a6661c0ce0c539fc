using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Domain.Training;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>A race block's phase as people read it ("Build", "Desarrollo"); the enum name stays the code in attributes.</summary>
public static class PhaseText
{
    private static readonly StringLocalizer<PlanText> Text = StaticLocalizers.For<PlanText>();

    public static string Name(TrainingPhase phase) => phase switch
    {
        TrainingPhase.Base => Text["PhaseBase"],
        TrainingPhase.Build => Text["PhaseBuild"],
        TrainingPhase.Taper => Text["PhaseTaper"],
        _ => phase.ToString(),
    };
}
