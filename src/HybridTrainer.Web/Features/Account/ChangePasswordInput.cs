using FluentValidation;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Account;

public sealed class ChangePasswordInput
{
    public string CurrentPassword { get; set; } = "";

    public string NewPassword { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";

    /// <summary>Scripts signed in with personal access tokens keep working; otherwise the change revokes them.</summary>
    public bool KeepAccessTokens { get; set; }
}

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage("Choose a new password.")
            .MinimumLength(PasswordPolicy.MinimumLength)
            .WithMessage($"Use at least {PasswordPolicy.MinimumLength} characters; a short sentence works well.")
            .MaximumLength(PasswordPolicy.MaximumLength)
            .WithMessage($"Use at most {PasswordPolicy.MaximumLength} characters.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("The two passwords differ.");
    }
}
