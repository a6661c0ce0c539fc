using FluentValidation;

namespace HybridTrainer.Web.Features.Journal;

/// <summary>What the athlete reports for one planned session; the sets start as the plan and are edited in place.</summary>
public sealed class LogSessionInput
{
    public bool Completed { get; set; } = true;

    public int? ActualDurationMinutes { get; set; }

    public decimal? DistanceKm { get; set; }

    public int? Rpe { get; set; }

    public string? Notes { get; set; }

    public List<LogSetInput> Sets { get; set; } = [];
}

public sealed class LogSetInput
{
    public required string Exercise { get; set; }

    public string? MainLift { get; set; }

    public int SetNumber { get; set; }

    public int PlannedReps { get; set; }

    public bool Amrap { get; set; }

    public int Reps { get; set; }

    public decimal? WeightKg { get; set; }
}

public sealed class LogSessionInputValidator : AbstractValidator<LogSessionInput>
{
    public LogSessionInputValidator()
    {
        RuleFor(x => x.ActualDurationMinutes).InclusiveBetween(1, 600).When(x => x.Completed)
            .WithMessage("Enter the minutes you trained, 1 to 600.");
        RuleFor(x => x.Rpe).NotNull().When(x => x.Completed).WithMessage("Rate the session from 0 (rest) to 10 (maximal).")
            .InclusiveBetween(0, 10).WithMessage("Rate the session from 0 (rest) to 10 (maximal).");
        RuleFor(x => x.DistanceKm).InclusiveBetween(0m, 300m).WithMessage("Distance is between 0 and 300 km.");
        RuleFor(x => x.Notes).MaximumLength(2000).WithMessage("Keep notes under 2000 characters.");
        RuleForEach(x => x.Sets).ChildRules(set =>
        {
            set.RuleFor(s => s.Reps).InclusiveBetween(0, 100).WithMessage("Reps are between 0 and 100.");
            set.RuleFor(s => s.WeightKg).InclusiveBetween(0m, 500m).WithMessage("Weight is between 0 and 500 kg.");
        });
    }
}
