using FluentValidation;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Validation;
using HybridTrainer.Domain.Time;

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

    public RegisterInputValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage("Enter the name others will see.")
            .MaximumLength(100).WithMessage("Keep the name under 100 characters.")
            .PlainText();
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your e-mail address.")
            .EmailAddress().WithMessage("This is not an e-mail address.")
            .MaximumLength(256).WithMessage("Keep the address under 256 characters.")
            .PlainText();
        RuleFor(x => x.Password).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(PasswordPolicy.MinimumLength)
            .WithMessage($"Use at least {PasswordPolicy.MinimumLength} characters; a short sentence works well.")
            .MaximumLength(PasswordPolicy.MaximumLength)
            .WithMessage($"Use at most {PasswordPolicy.MaximumLength} characters.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The two passwords differ.");
        RuleFor(x => x.Role).Must(SelfServiceRoles.Contains).WithMessage("Choose athlete or coach.");
        RuleFor(x => x.TimeZone).Must(zone => string.IsNullOrEmpty(zone) || TimeZones.IsKnown(zone))
            .WithMessage("This is not a time zone we know; use a name such as Europe/London or America/Los_Angeles.");
    }
}
