using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Common;

/// <summary>The refusals every feature shares are worded in the current language; English keeps its text.</summary>
public class FailureWordingTests
{
    [Fact]
    public void NotFound_WithoutMessageInSpanish_SaysSoInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Failure.NotFound().Message.ShouldBe("Ese atleta o esa sesión no existe, o no puedes verlo.");
        }
    }

    [Fact]
    public void NotFound_WithoutMessageInEnglish_KeepsTheEnglishText()
    {
        using (Languages.Use(Languages.English))
        {
            Failure.NotFound().Message.ShouldBe(Failure.NotVisible);
        }
    }

    [Fact]
    public void NeedsConfirmation_InSpanish_AsksInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Failure.NeedsConfirmation([new RuleWarning("R5", "x")]).Message
                .ShouldBe("Esto incumple reglas de entrenamiento que el plan no incumplía antes; confirma para hacerlo de todos modos.");
        }
    }

    [Fact]
    public void NeedsConfirmation_InEnglish_KeepsTheEnglishText()
    {
        using (Languages.Use(Languages.English))
        {
            Failure.NeedsConfirmation([]).Message
                .ShouldBe("This breaks training rules the plan did not break before; confirm to do it anyway.");
        }
    }
}
