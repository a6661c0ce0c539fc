using FluentValidation;

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
            .EmailAddress().WithMessage("This is not an e-mail address.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.");
    }
}
