using FluentValidation;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

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

    public LiftsStepInputValidator(IStringLocalizer<ProfileText> text)
    {
        RuleFor(x => x.Lifts)
            .Must(lifts => lifts.Select(l => l.Lift).Order().SequenceEqual(Enum.GetValues<MainLift>()))
            .WithMessage(_ => text["LiftsAllFour"]);
        RuleForEach(x => x.Lifts).SetValidator(input => new LiftInputValidator(input.Units, text));
    }

    private sealed class LiftInputValidator : AbstractValidator<LiftInput>
    {
        public LiftInputValidator(UnitSystem units, IStringLocalizer<ProfileText> text)
        {
            // Worded when validating: the range's decimal separator is the reader's.
            string Range() => UnitConversion.WeightRange(MinimumKg, MaximumKg, units, 1);
            RuleFor(x => x.Kind).IsInEnum();
            When(x => x.Kind == LiftTestKind.OneRepMax, () =>
                RuleFor(x => x.OneRepMax).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage(_ => text["OneRepMaxRequired"])
                    .Must(w => IsLoad(w!.Value, units)).WithMessage(_ => text["OneRepMaxRange", Range()]));
            When(x => x.Kind == LiftTestKind.RepTest, () =>
            {
                RuleFor(x => x.Weight).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage(_ => text["TestWeightRequired"])
                    .Must(w => IsLoad(w!.Value, units)).WithMessage(_ => text["TestWeightRange", Range()]);
                RuleFor(x => x.Reps).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage(_ => text["RepsRequired"])
                    .InclusiveBetween(1, R19TrainingMax.MaxRepsForEstimate)
                    .WithMessage(_ => text["RepsRange", R19TrainingMax.MaxRepsForEstimate]);
            });
        }

        private static bool IsLoad(decimal value, UnitSystem units) =>
            UnitConversion.ToKg(value, units) is >= MinimumKg and <= MaximumKg;
    }
}
