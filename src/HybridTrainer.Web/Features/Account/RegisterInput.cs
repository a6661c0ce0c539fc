using FluentValidation;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Validation;
using HybridTrainer.Domain.Time;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Account;

public sealed class RegisterInput
{
    public string DisplayName { get; set; } = "";

    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";

    /// <summary>The IANA time zone the browser reports ("Europe/Paris"); empty counts as UTC.</summary>
    public string TimeZone { get; set; } = "";

    /// <summary>Athletes and coaches sign themselves up; gym staff and admins join through a gym's invitation.</summary>
    public string Role { get; set; } = AppRoles.Athlete;
}

public sealed class RegisterInputValidator : AbstractValidator<RegisterInput>
{
    public static readonly IReadOnlyList<string> SelfServiceRoles = [AppRoles.Athlete, AppRoles.Coach];

    public RegisterInputValidator(IStringLocalizer<AccountText> text)
    {
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => text["EnterDisplayName"])
            .MaximumLength(100).WithMessage(_ => text["DisplayNameTooLong"])
            .PlainText();
        RuleFor(x => x.Email).NotEmpty().WithMessage(_ => text["EnterEmail"])
            .EmailAddress().WithMessage(_ => text["NotAnEmail"])
            .MaximumLength(256).WithMessage(_ => text["EmailTooLong"])
            .PlainText();
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => text["ChoosePassword"])
            .MinimumLength(PasswordPolicy.MinimumLength)
            .WithMessage(_ => text["PasswordTooShort", PasswordPolicy.MinimumLength])
            .MaximumLength(PasswordPolicy.MaximumLength)
            .WithMessage(_ => text["PasswordTooLong", PasswordPolicy.MaximumLength]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => text["PasswordsDiffer"]);
        RuleFor(x => x.Role).Must(SelfServiceRoles.Contains).WithMessage(_ => text["ChooseRole"]);
        RuleFor(x => x.TimeZone).Must(zone => string.IsNullOrEmpty(zone) || TimeZones.IsKnown(zone))
            .WithMessage(_ => text["UnknownTimeZone"]);
    }
}
