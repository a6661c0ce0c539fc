using System.Linq.Expressions;
using FluentValidation;
using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>All four lifts, each a tested 1RM or a rep test of 1–10 reps (Epley is unreliable above 10, R19).</summary>
internal sealed class PlanPreviewLiftsValidator : AbstractValidator<PlanPreviewLifts>
{
    public const decimal MaximumKg = 500m;

    public PlanPreviewLiftsValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        Lift(x => x.Squat!, "squat", "Squat");
        Lift(x => x.BenchPress!, "benchPress", "Bench press");
        Lift(x => x.Deadlift!, "deadlift", "Deadlift");
        Lift(x => x.OverheadPress!, "overheadPress", "Overhead press");
    }

    private void Lift(Expression<Func<PlanPreviewLifts, PlanPreviewLift>> lift, string path, string name)
    {
        RuleFor(lift).NotNull().WithMessage($"{name} is required: give oneRepMaxKg, or weightKg and reps.")
            .Must(l => l.OneRepMaxKg is null || (l.WeightKg is null && l.Reps is null))
            .WithMessage($"{name}: give either oneRepMaxKg or weightKg and reps, not both.")
            .Must(l => l.OneRepMaxKg is not null || l.WeightKg is not null || l.Reps is not null)
            .WithMessage($"{name} needs oneRepMaxKg, or weightKg and reps.")
            .SetValidator(new LiftValidator(name))
            .OverridePropertyName(path);
    }

    private sealed class LiftValidator : AbstractValidator<PlanPreviewLift>
    {
        public LiftValidator(string name)
        {
            RuleFor(x => x.OneRepMaxKg).Must(BeALoad).WithMessage($"{name}: the 1RM must be more than 0 and at most {MaximumKg} kg.")
                .OverridePropertyName("oneRepMaxKg");
            RuleFor(x => x.WeightKg)
                .NotNull().When(x => x.OneRepMaxKg is null, ApplyConditionTo.CurrentValidator).WithMessage($"{name}: the rep test needs weightKg.")
                .Must(BeALoad).WithMessage($"{name}: the weight must be more than 0 and at most {MaximumKg} kg.")
                .OverridePropertyName("weightKg");
            RuleFor(x => x.Reps)
                .NotNull().When(x => x.OneRepMaxKg is null, ApplyConditionTo.CurrentValidator).WithMessage($"{name}: the rep test needs reps.")
                .InclusiveBetween(1, R19TrainingMax.MaxRepsForEstimate)
                .WithMessage($"{name}: reps must be between 1 and {R19TrainingMax.MaxRepsForEstimate}; Epley is unreliable above 10.")
                .OverridePropertyName("reps");
        }

        private static bool BeALoad(decimal? kg) => kg is null or (> 0m and <= MaximumKg);
    }
}
