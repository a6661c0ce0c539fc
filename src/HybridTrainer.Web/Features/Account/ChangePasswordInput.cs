using FluentValidation;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.Extensions.Localization;

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
    public ChangePasswordInputValidator(IStringLocalizer<AccountText> text)
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(_ => text["EnterCurrentPassword"]);
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage(_ => text["ChooseNewPassword"])
            .MinimumLength(PasswordPolicy.MinimumLength)
            .WithMessage(_ => text["PasswordTooShort", PasswordPolicy.MinimumLength])
            .MaximumLength(PasswordPolicy.MaximumLength)
            .WithMessage(_ => text["PasswordTooLong", PasswordPolicy.MaximumLength]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => text["PasswordsDiffer"]);
    }
}
