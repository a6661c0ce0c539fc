using FluentValidation;
using HybridTrainer.Web.Infrastructure.Validation;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Account;

public sealed class ForgotPasswordInput
{
    public string Email { get; set; } = "";
}

public sealed class ForgotPasswordInputValidator : AbstractValidator<ForgotPasswordInput>
{
    public ForgotPasswordInputValidator(IStringLocalizer<AccountText> text)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage(_ => text["EnterAccountEmail"])
            .EmailAddress().WithMessage(_ => text["NotAnEmail"])
            .MaximumLength(256).WithMessage(_ => text["EmailTooLong"])
            .PlainText();
    }
}
