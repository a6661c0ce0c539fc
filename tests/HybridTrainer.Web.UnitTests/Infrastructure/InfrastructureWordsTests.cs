using FluentValidation;
using HybridTrainer.Web.Infrastructure.Http;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Web.Infrastructure.Validation;

namespace HybridTrainer.Web.UnitTests.Infrastructure;

/// <summary>The shared infrastructure's messages follow the current language: validation and API problem titles.</summary>
public class InfrastructureWordsTests
{
    private sealed record Named(string? Name);

    private static InlineValidator<Named> NameValidator()
    {
        var validator = new InlineValidator<Named>();
        validator.RuleFor(x => x.Name).PlainText();
        return validator;
    }

    [Fact]
    public void PlainText_HiddenFormattingInSpanish_SaysSoInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            NameValidator().Validate(new Named("Ann\u202Ea")).Errors.ShouldHaveSingleItem().ErrorMessage
                .ShouldBe("Quita los caracteres invisibles de dirección o de ancho cero de este texto.");
        }
    }

    [Fact]
    public void PlainText_ControlCharacterInEnglish_KeepsTheEnglishMessage()
    {
        using (Languages.Use(Languages.English))
        {
            NameValidator().Validate(new Named("Ann\u0007")).Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe(TextRules.Message);
        }
    }

    [Fact]
    public void InvalidProblem_InSpanish_HasTheSpanishValidationTitle()
    {
        using (Languages.Use(Languages.Spanish))
        {
            ApiProblems.Invalid("name", "x").ProblemDetails.Title.ShouldBe("Se han producido uno o varios errores de validación.");
        }
    }

    [Fact]
    public void InvalidProblem_InEnglish_HasTheUsualValidationTitle()
    {
        using (Languages.Use(Languages.English))
        {
            ApiProblems.Invalid("name", "x").ProblemDetails.Title.ShouldBe("One or more validation errors occurred.");
        }
    }
}
