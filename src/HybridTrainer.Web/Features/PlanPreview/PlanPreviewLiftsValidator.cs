using System.Linq.Expressions;
using FluentValidation;
using HybridTrainer.Domain.Rules;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>All four lifts, each a tested 1RM or a rep test of 1–10 reps (Epley is unreliable above 10, R19).</summary>
internal sealed class PlanPreviewLiftsValidator : AbstractValidator<PlanPreviewLifts>
{
    public const decimal MaximumKg = 500m;

    private readonly IStringLocalizer<PlanPreviewText> _text;

    public PlanPreviewLiftsValidator(IStringLocalizer<PlanPreviewText> text)
    {
        _text = text;
        RuleLevelCascadeMode = CascadeMode.Stop;
        Lift(x => x.Squat!, "squat", "LiftSquat");
        Lift(x => x.BenchPress!, "benchPress", "LiftBenchPress");
        Lift(x => x.Deadlift!, "deadlift", "LiftDeadlift");
        Lift(x => x.OverheadPress!, "overheadPress", "LiftOverheadPress");
    }

    // The lift's name is looked up when the message is made, so it reads in the request's language.
    private void Lift(Expression<Func<PlanPreviewLifts, PlanPreviewLift>> lift, string path, string nameKey)
    {
        var text = _text;
        RuleFor(lift).NotNull().WithMessage(_ => text["LiftRequired", text[nameKey]])
            .Must(l => l.OneRepMaxKg is null || (l.WeightKg is null && l.Reps is null))
            .WithMessage(_ => text["LiftEitherNotBoth", text[nameKey]])
            .Must(l => l.OneRepMaxKg is not null || l.WeightKg is not null || l.Reps is not null)
            .WithMessage(_ => text["LiftNeedsMax", text[nameKey]])
            .SetValidator(new LiftValidator(text, nameKey))
            .OverridePropertyName(path);
    }

    private sealed class LiftValidator : AbstractValidator<PlanPreviewLift>
    {
        public LiftValidator(IStringLocalizer<PlanPreviewText> text, string nameKey)
        {
            RuleFor(x => x.OneRepMaxKg).Must(BeALoad).WithMessage(_ => text["LiftMaxRange", text[nameKey], MaximumKg])
                .OverridePropertyName("oneRepMaxKg");
            RuleFor(x => x.WeightKg)
                .NotNull().When(x => x.OneRepMaxKg is null, ApplyConditionTo.CurrentValidator).WithMessage(_ => text["LiftNeedsWeight", text[nameKey]])
                .Must(BeALoad).WithMessage(_ => text["LiftWeightRange", text[nameKey], MaximumKg])
                .OverridePropertyName("weightKg");
            RuleFor(x => x.Reps)
                .NotNull().When(x => x.OneRepMaxKg is null, ApplyConditionTo.CurrentValidator).WithMessage(_ => text["LiftNeedsReps", text[nameKey]])
                .InclusiveBetween(1, R19TrainingMax.MaxRepsForEstimate)
                .WithMessage(_ => text["LiftRepsRange", text[nameKey], R19TrainingMax.MaxRepsForEstimate])
                .OverridePropertyName("reps");
        }

        private static bool BeALoad(decimal? kg) => kg is null or (> 0m and <= MaximumKg);
    }
}
