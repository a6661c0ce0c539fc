using FluentValidation;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Account;

/// <summary>The new password, with the link's address and code carried along in hidden fields.</summary>
public sealed class ResetPasswordInput
{
    public string Email { get; set; } = "";

    public string Code { get; set; } = "";

    public string NewPassword { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}

public sealed class ResetPasswordInputValidator : AbstractValidator<ResetPasswordInput>
{
    public ResetPasswordInputValidator()
    {
        // Same messages as registration and the password change.
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage("Choose a new password.")
            .MinimumLength(PasswordPolicy.MinimumLength)
            .WithMessage($"Use at least {PasswordPolicy.MinimumLength} characters; a short sentence works well.")
            .MaximumLength(PasswordPolicy.MaximumLength)
            .WithMessage($"Use at most {PasswordPolicy.MaximumLength} characters.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("The two passwords differ.");
    }
}
