using FluentValidation;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Infrastructure.Validation;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// What the athlete reports for one planned session; the sets start as the plan and are edited in place.
/// The form shows distance and loads in <see cref="Units"/>; <see cref="LogUnits.ToMetric"/> turns them back into
/// km and kg before <see cref="SessionJournal"/> stores them.
/// </summary>
public sealed class LogSessionInput
{
    /// <summary>A long strength session has some 30 sets; more than this is not a session log.</summary>
    public const int MaximumSets = 100;

    public UnitSystem Units { get; set; } = UnitSystem.Metric;

    public bool Completed { get; set; } = true;

    public int? ActualDurationMinutes { get; set; }

    /// <summary>In km, or in mi while <see cref="Units"/> is imperial.</summary>
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

    /// <summary>In kg, or in lb while the log's units are imperial.</summary>
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
        RuleFor(x => x.DistanceKm).Must((x, d) => d is null || UnitConversion.IsKmWithin(d.Value, x.Units, 0m, MaximumKm))
            .WithMessage(x => $"Distance is between 0 and {Math.Floor(UnitConversion.FromKm(MaximumKm, x.Units)):0} {UnitConversion.DistanceUnit(x.Units)}.");
        RuleFor(x => x.Notes).MaximumLength(2000).WithMessage("Keep notes under 2000 characters.").PlainText(multiline: true);
        RuleFor(x => x.Sets.Count).LessThanOrEqualTo(LogSessionInput.MaximumSets)
            .WithMessage($"Log at most {LogSessionInput.MaximumSets} sets.").OverridePropertyName(nameof(LogSessionInput.Sets));
        RuleForEach(x => x.Sets).SetValidator(x => new LogSetInputValidator(x.Units));
    }

    private const decimal MaximumKm = 300m;
    private const decimal MaximumKg = 500m;

    private sealed class LogSetInputValidator : AbstractValidator<LogSetInput>
    {
        public LogSetInputValidator(UnitSystem units)
        {
            RuleFor(s => s.Reps).InclusiveBetween(0, 100).WithMessage("Reps are between 0 and 100.");
            RuleFor(s => s.WeightKg).Must(w => w is null || UnitConversion.ToKg(w.Value, units) is >= 0m and <= MaximumKg)
                .WithMessage($"Weight is between 0 and {Math.Floor(UnitConversion.FromKg(MaximumKg, units)):0} {UnitConversion.WeightUnit(units)}.");
        }
    }
}
