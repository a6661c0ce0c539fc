using FluentValidation;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Notifications;

/// <summary>The notifications form: each kind on or off and its hour; only the kinds the person may have are shown.</summary>
public sealed class NotificationSettingsInput
{
    public bool DigestEnabled { get; set; }

    public int DigestHour { get; set; } = 7;

    public bool TomorrowEnabled { get; set; }

    public int TomorrowHour { get; set; } = 18;
}

public sealed class NotificationSettingsInputValidator : AbstractValidator<NotificationSettingsInput>
{
    public NotificationSettingsInputValidator(IStringLocalizer<NotificationText> text)
    {
        RuleFor(x => x.DigestHour).InclusiveBetween(0, 23).WithMessage(_ => text["HourRange"]);
        RuleFor(x => x.TomorrowHour).InclusiveBetween(0, 23).WithMessage(_ => text["HourRange"]);
    }
}
