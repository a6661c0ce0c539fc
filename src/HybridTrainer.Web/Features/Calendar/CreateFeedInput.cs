using FluentValidation;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Calendar;

/// <summary>What making (or remaking) a calendar feed link asks for: the link shows the plan for months, so the password again.</summary>
public sealed class CreateFeedInput
{
    public string CurrentPassword { get; set; } = "";
}

public sealed class CreateFeedInputValidator : AbstractValidator<CreateFeedInput>
{
    public CreateFeedInputValidator(IStringLocalizer<CalendarText> text) =>
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(_ => text["PasswordMissing"]);
}
