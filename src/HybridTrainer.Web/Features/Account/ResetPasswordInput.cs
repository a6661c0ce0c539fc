using FluentValidation;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.Extensions.Localization;

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
    public ResetPasswordInputValidator(IStringLocalizer<AccountText> text)
    {
        // Same messages as registration and the password change.
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage(_ => text["ChooseNewPassword"])
            .MinimumLength(PasswordPolicy.MinimumLength)
            .WithMessage(_ => text["PasswordTooShort", PasswordPolicy.MinimumLength])
            .MaximumLength(PasswordPolicy.MaximumLength)
            .WithMessage(_ => text["PasswordTooLong", PasswordPolicy.MaximumLength]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => text["PasswordsDiffer"]);
    }
}
