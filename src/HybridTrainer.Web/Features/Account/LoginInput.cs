using FluentValidation;
using HybridTrainer.Web.Infrastructure.Validation;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Account;

public sealed class LoginInput
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator(IStringLocalizer<AccountText> text)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage(_ => text["EnterEmail"])
            .EmailAddress().WithMessage(_ => text["NotAnEmail"])
            .MaximumLength(256).WithMessage(_ => text["EmailTooLong"])
            .PlainText();
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => text["EnterPassword"]);
    }
}
