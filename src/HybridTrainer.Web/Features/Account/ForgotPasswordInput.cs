using FluentValidation;
using HybridTrainer.Web.Infrastructure.Validation;

namespace HybridTrainer.Web.Features.Account;

public sealed class ForgotPasswordInput
{
    public string Email { get; set; } = "";
}

public sealed class ForgotPasswordInputValidator : AbstractValidator<ForgotPasswordInput>
{
    public ForgotPasswordInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter the e-mail address of your account.")
            .EmailAddress().WithMessage("This is not an e-mail address.")
            .MaximumLength(256).WithMessage("Keep the address under 256 characters.")
            .PlainText();
    }
}
