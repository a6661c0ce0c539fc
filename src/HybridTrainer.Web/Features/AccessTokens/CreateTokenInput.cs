using FluentValidation;
using HybridTrainer.Data.Access;
using HybridTrainer.Web.Infrastructure.Validation;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.AccessTokens;

public sealed class CreateTokenInput
{
    public string Name { get; set; } = "";

    /// <summary>Every token expires, within a year at most: a forgotten script's token does not live for ever.</summary>
    public int ExpiresInDays { get; set; } = 90;

    /// <summary>Read-only unless the person asks for more: a leaked token for a reporting script cannot change data.</summary>
    public AccessTokenScope Scope { get; set; } = AccessTokenScope.ReadOnly;

    /// <summary>A token acts as its owner for months: creating one asks for the password again, not just the session.</summary>
    public string CurrentPassword { get; set; } = "";
}

public sealed class CreateTokenInputValidator : AbstractValidator<CreateTokenInput>
{
    public static readonly int[] ExpiryChoices = [30, 90, 365];

    public CreateTokenInputValidator(IStringLocalizer<AccessTokensText> text)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => text["NameTheToken"])
            .MaximumLength(100).WithMessage(_ => text["NameTooLong"])
            .PlainText();
        RuleFor(x => x.ExpiresInDays).Must(ExpiryChoices.Contains).WithMessage(_ => text["PickLifetime"]);
        RuleFor(x => x.Scope).IsInEnum().WithMessage(_ => text["PickScope"]);
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(_ => text["EnterPasswordToCreate"]);
    }
}
