using FluentValidation;
using HybridTrainer.Web.Infrastructure.Validation;

namespace HybridTrainer.Web.Features.Account;

public sealed class LoginInput
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your e-mail address.")
            .EmailAddress().WithMessage("This is not an e-mail address.")
            .MaximumLength(256).WithMessage("Keep the address under 256 characters.")
            .PlainText();
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.");
    }
}
