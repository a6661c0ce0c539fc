using HybridTrainer.Web.Features.Account;
using HybridTrainer.Web.Features.Account.TwoFactor;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Features.Account;

/// <summary>The account forms' messages are worded when validating, in the language of the request.</summary>
public class AccountValidatorsInSpanishTests
{
    private static readonly RegisterInputValidator Register = new(StaticLocalizers.For<AccountText>());

    [Fact]
    public void Register_ShortPasswordInSpanish_SaysTheLengthRuleInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Messages(Register.Validate(NewAccount(password: "corta"))).ShouldContain("Usa al menos 12 caracteres; una frase corta funciona bien.");
        }
    }

    [Fact]
    public void Register_ShortPasswordInEnglish_KeepsTheEnglishWording()
    {
        using (Languages.Use(Languages.English))
        {
            Messages(Register.Validate(NewAccount(password: "short"))).ShouldContain("Use at least 12 characters; a short sentence works well.");
        }
    }

    [Fact]
    public void Register_TheSameValidatorAnswersEachRequestInItsOwnLanguage()
    {
        // Validators are singletons: the wording must follow the culture of each call, not the first one.
        using (Languages.Use(Languages.Spanish))
        {
            Messages(Register.Validate(NewAccount(role: "GymAdmin"))).ShouldContain("Elige atleta o entrenador.");
        }

        using (Languages.Use(Languages.English))
        {
            Messages(Register.Validate(NewAccount(role: "GymAdmin"))).ShouldContain("Choose athlete or coach.");
        }
    }

    [Fact]
    public void Login_MissingEmailInSpanish_AsksForItInSpanish()
    {
        var validator = new LoginInputValidator(StaticLocalizers.For<AccountText>());

        using (Languages.Use(Languages.Spanish))
        {
            Messages(validator.Validate(new LoginInput { Password = "x" })).ShouldContain("Escribe tu dirección de correo.");
        }
    }

    [Fact]
    public void AuthenticatorCode_NotSixDigitsInSpanish_SaysSoInSpanish()
    {
        var validator = new AuthenticatorCodeInputValidator(StaticLocalizers.For<TwoFactorText>());

        using (Languages.Use(Languages.Spanish))
        {
            Messages(validator.Validate(new AuthenticatorCodeInput { Code = "12ab" })).ShouldBe(["El código tiene 6 dígitos, como 123 456."]);
        }
    }

    private static RegisterInput NewAccount(string password = "a long enough passphrase", string role = "Athlete") => new()
    {
        DisplayName = "Ada",
        Email = "ada@example.test",
        Password = password,
        ConfirmPassword = password,
        Role = role,
    };

    private static List<string> Messages(FluentValidation.Results.ValidationResult result) =>
        [.. result.Errors.Select(e => e.ErrorMessage)];
}
