using FluentValidation;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Web.Infrastructure.Validation;

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
    public InviteInputValidator()
    {
        RuleFor(i => i.Label).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Say who the link is for (a name or an e-mail), so you can tell your links apart.")
            .MaximumLength(200).WithMessage("Keep it under 200 characters.")
            .PlainText();
        RuleFor(i => i.Kind).IsInEnum().WithMessage("Choose what the person joins as.");
    }
}
