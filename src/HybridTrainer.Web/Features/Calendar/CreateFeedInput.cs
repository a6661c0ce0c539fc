using FluentValidation;

namespace HybridTrainer.Web.Features.Calendar;

/// <summary>What making (or remaking) a calendar feed link asks for: the link shows the plan for months, so the password again.</summary>
public sealed class CreateFeedInput
{
    public string CurrentPassword { get; set; } = "";
}

public sealed class CreateFeedInputValidator : AbstractValidator<CreateFeedInput>
{
    public const string PasswordMissing = "Enter your current password to make a feed link.";

    public CreateFeedInputValidator() =>
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(PasswordMissing);
}
