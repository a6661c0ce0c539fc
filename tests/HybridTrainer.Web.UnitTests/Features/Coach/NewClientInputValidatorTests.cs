using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Features.Coach;

public class NewClientInputValidatorTests
{
    private readonly NewClientInputValidator _validator = new(StaticLocalizers.For<CoachText>());

    [Fact]
    public void Validate_NoNameInSpanish_AsksForItInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            _validator.Validate(new NewClientInput { Name = " " }).Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("Escribe el nombre del cliente.");
        }
    }

    [Fact]
    public void Validate_NoNameInEnglish_AsksForItAsBefore() =>
        _validator.Validate(new NewClientInput { Name = "" }).Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("Give the client's name.");

    [Fact]
    public void Validate_SameValidatorTwoLanguages_WordsEachAtValidationTime()
    {
        var input = new NewClientInput { Name = new string('x', 101) };

        string spanish;
        using (Languages.Use(Languages.Spanish))
        {
            spanish = _validator.Validate(input).Errors[0].ErrorMessage;
        }

        spanish.ShouldBe("El nombre debe tener menos de 100 caracteres.");
        _validator.Validate(input).Errors[0].ErrorMessage.ShouldBe("Keep the name under 100 characters.");
    }
}
