using FluentValidation;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Profile;

public enum LiftTestKind
{
    OneRepMax,
    RepTest,
}

/// <summary>One main lift, as a tested 1RM or a rep test; loads in the athlete's units.</summary>
public sealed class LiftInput
{
    public MainLift Lift { get; set; }

    public LiftTestKind Kind { get; set; } = LiftTestKind.OneRepMax;

    public decimal? OneRepMax { get; set; }

    public decimal? Weight { get; set; }

    public int? Reps { get; set; }
}

/// <summary>Step 3: the four 5/3/1 lifts, all needed to plan the strength sessions (R4, R19).</summary>
public sealed class LiftsStepInput
{
    public UnitSystem Units { get; set; } = UnitSystem.Metric;

    public List<LiftInput> Lifts { get; set; } = [.. Enum.GetValues<MainLift>().Select(lift => new LiftInput { Lift = lift })];
}

public sealed class LiftsStepInputValidator : AbstractValidator<LiftsStepInput>
{
    public const decimal MinimumKg = 1m;
    public const decimal MaximumKg = 500m;

    public LiftsStepInputValidator()
    {
        RuleFor(x => x.Lifts)
            .Must(lifts => lifts.Select(l => l.Lift).Order().SequenceEqual(Enum.GetValues<MainLift>()))
            .WithMessage("Give each of squat, bench press, deadlift and overhead press once.");
        RuleForEach(x => x.Lifts).SetValidator(input => new LiftInputValidator(input.Units));
    }

    private sealed class LiftInputValidator : AbstractValidator<LiftInput>
    {
        public LiftInputValidator(UnitSystem units)
        {
            var range = UnitConversion.WeightRange(MinimumKg, MaximumKg, units, 1);
            RuleFor(x => x.Kind).IsInEnum();
            When(x => x.Kind == LiftTestKind.OneRepMax, () =>
                RuleFor(x => x.OneRepMax).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("Enter the heaviest single you lifted.")
                    .Must(w => IsLoad(w!.Value, units)).WithMessage($"Enter a 1RM of {range}."));
            When(x => x.Kind == LiftTestKind.RepTest, () =>
            {
                RuleFor(x => x.Weight).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("Enter the weight of the rep test.")
                    .Must(w => IsLoad(w!.Value, units)).WithMessage($"Enter a weight of {range}.");
                RuleFor(x => x.Reps).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("Enter how many reps you did.")
                    .InclusiveBetween(1, R19TrainingMax.MaxRepsForEstimate)
                    .WithMessage($"Enter 1 to {R19TrainingMax.MaxRepsForEstimate} reps; estimates beyond 10 are unreliable.");
            });
        }

        private static bool IsLoad(decimal value, UnitSystem units) =>
            UnitConversion.ToKg(value, units) is >= MinimumKg and <= MaximumKg;
    }
}
