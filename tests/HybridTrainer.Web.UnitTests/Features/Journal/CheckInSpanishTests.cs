using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Features.Journal;

/// <summary>The check-in and session log forms answer a Spanish reader in Spanish, numbers included.</summary>
public class CheckInSpanishTests
{
    [Fact]
    public void CheckIn_SleepOutOfRangeInSpanish_SaysSoInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            new CheckInInputValidator().Validate(new CheckInInput { SleepHours = 25m }).Errors.Single().ErrorMessage
                .ShouldBe("El sueño está entre 0 y 24 horas.");
        }
    }

    [Fact]
    public void LogSession_ImperialDistanceOutOfRangeInSpanish_GivesTheLimitInMiles()
    {
        var input = new LogSessionInput { Units = HybridTrainer.Data.Athletes.UnitSystem.Imperial, ActualDurationMinutes = 30, Rpe = 5, DistanceKm = 500m };

        using (Languages.Use(Languages.Spanish))
        {
            new LogSessionInputValidator().Validate(input).Errors.Single().ErrorMessage.ShouldBe("La distancia está entre 0 y 186 mi.");
        }
    }
}
