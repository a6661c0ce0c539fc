using System.Globalization;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Builders;

/// <summary>Reading the plan's warnings by key and arguments, the way the tests once read their English sentences.</summary>
internal static class Warnings
{
    /// <summary>An R17 "week N was lightened" warning (held back or lightened to the limit) for <paramref name="week"/>.</summary>
    public static bool NamesLightenedWeek(PlanWarning warning, int week) =>
        warning.Reason.Key is ReasonKeys.WarningLoadStillHigh or ReasonKeys.WarningLoadLightened
        && warning.Reason.Arguments[0] == week.ToString(CultureInfo.InvariantCulture);
}
