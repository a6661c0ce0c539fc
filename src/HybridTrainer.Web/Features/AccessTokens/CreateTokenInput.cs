using FluentValidation;
using HybridTrainer.Web.Infrastructure.Validation;

namespace HybridTrainer.Web.Features.AccessTokens;

public sealed class CreateTokenInput
{
    public string Name { get; set; } = "";

    /// <summary>Every token expires, within a year at most: a forgotten script's token does not live for ever.</summary>
    public int ExpiresInDays { get; set; } = 90;
}

public sealed class CreateTokenInputValidator : AbstractValidator<CreateTokenInput>
{
    public static readonly int[] ExpiryChoices = [30, 90, 365];

    public CreateTokenInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the token after the script that uses it.")
            .MaximumLength(100).WithMessage("Keep the name under 100 characters.")
            .PlainText();
        RuleFor(x => x.ExpiresInDays).Must(ExpiryChoices.Contains).WithMessage("Pick one of the offered lifetimes.");
    }
}
