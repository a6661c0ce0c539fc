using FluentValidation;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Web.Infrastructure.Validation;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Invitations;

/// <summary>The invite form: who the link is for, and as what.</summary>
public sealed class InviteInput
{
    public InvitationKind Kind { get; set; } = InvitationKind.GymCoach;

    public string Label { get; set; } = "";

    /// <summary>For a client link: the managed profile the athlete takes over, if any.</summary>
    public Guid? ManagedAthleteId { get; set; }
}

public sealed class InviteInputValidator : AbstractValidator<InviteInput>
{
    public InviteInputValidator(IStringLocalizer<InvitationsText> text)
    {
        RuleFor(i => i.Label).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["SayWhoFor"])
            .MaximumLength(200).WithMessage(_ => text["LabelTooLong"])
            .PlainText();
        RuleFor(i => i.Kind).IsInEnum().WithMessage(_ => text["ChooseKind"]);
    }
}
