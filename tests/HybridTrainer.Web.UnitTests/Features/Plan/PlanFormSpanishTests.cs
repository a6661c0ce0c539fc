using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.Extensions.Time.Testing;

namespace HybridTrainer.Web.UnitTests.Features.Plan;

/// <summary>The plan form's messages are worded when the form is checked, in the language of whoever checks it.</summary>
public class PlanFormSpanishTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Validate_NoStartDateInSpanish_AsksForTheFirstDayInSpanish()
    {
        var validator = new GenerateBlockInputValidator(Clock);

        using (Languages.Use(Languages.Spanish))
        {
            validator.Validate(new GenerateBlockInput { StartDate = null }).Errors.Single().ErrorMessage
                .ShouldBe("Elige el primer día del bloque.");
        }
    }

    [Fact]
    public void Validate_NoStartDateInEnglish_KeepsTheEnglishMessage()
    {
        var validator = new GenerateBlockInputValidator(Clock);

        using (Languages.Use(Languages.English))
        {
            validator.Validate(new GenerateBlockInput { StartDate = null }).Errors.Single().ErrorMessage
                .ShouldBe("Pick the first day of the block.");
        }
    }

    [Fact]
    public void Validate_RaceTooNearInSpanish_NamesTheRaceAndTheWeeksInSpanish()
    {
        var validator = new GenerateBlockInputValidator(Clock);
        var start = new DateTime(2026, 12, 14);

        using (Languages.Use(Languages.Spanish))
        {
            var error = validator.Validate(new GenerateBlockInput { StartDate = start, ForRace = true, Distance = RaceDistance.Marathon, RaceDate = start.AddDays(21) })
                .Errors.Single();

            error.PropertyName.ShouldBe(nameof(GenerateBlockInput.RaceDate));
            error.ErrorMessage.ShouldStartWith("Demasiado cerca: la carrera de maratón necesita");
        }
    }

    [Fact]
    public void Countdown_InSpanish_ReadsAsASpanishSentence()
    {
        using (Languages.Use(Languages.Spanish))
        {
            new UpcomingRace(RaceDistance.HalfMarathon, new DateOnly(2027, 3, 7), 23, new TimeSpan(1, 42, 5), null).Countdown
                .ShouldBe("Media maratón en 23 días — previsto 1:42:05");
        }
    }
}
