using System.Globalization;
using FluentValidation;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Infrastructure.Validation;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

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
    /// <summary>For code that builds the validator itself; the container passes its localizer.</summary>
    public LogSessionInputValidator()
        : this(StaticLocalizers.For<SessionsText>())
    {
    }

    public LogSessionInputValidator(IStringLocalizer<SessionsText> text)
    {
        RuleFor(x => x.ActualDurationMinutes).InclusiveBetween(1, 600).When(x => x.Completed)
            .WithMessage(_ => text["MinutesTrainedRange"]);
        RuleFor(x => x.Rpe).NotNull().When(x => x.Completed).WithMessage(_ => text["SessionRpeRange"])
            .InclusiveBetween(0, 10).WithMessage(_ => text["SessionRpeRange"]);
        RuleFor(x => x.DistanceKm).Must((x, d) => d is null || UnitConversion.IsKmWithin(d.Value, x.Units, 0m, MaximumKm))
            .WithMessage(x => text["LogDistanceRange", Whole(UnitConversion.FromKm(MaximumKm, x.Units)), UnitConversion.DistanceUnit(x.Units)]);
        RuleFor(x => x.Notes).MaximumLength(2000).WithMessage(_ => text["NotesTooLong"]).PlainText(multiline: true);
        RuleFor(x => x.Sets.Count).LessThanOrEqualTo(LogSessionInput.MaximumSets)
            .WithMessage(_ => text["LogAtMostSets", LogSessionInput.MaximumSets]).OverridePropertyName(nameof(LogSessionInput.Sets));
        RuleForEach(x => x.Sets).SetValidator(x => new LogSetInputValidator(x.Units, text));
    }

    private static string Whole(decimal value) => Math.Floor(value).ToString("0", CultureInfo.CurrentCulture);

    private const decimal MaximumKm = 300m;
    private const decimal MaximumKg = 500m;

    private sealed class LogSetInputValidator : AbstractValidator<LogSetInput>
    {
        public LogSetInputValidator(UnitSystem units, IStringLocalizer<SessionsText> text)
        {
            RuleFor(s => s.Reps).InclusiveBetween(0, 100).WithMessage(_ => text["LoggedRepsRange"]);
            RuleFor(s => s.WeightKg).Must(w => w is null || UnitConversion.ToKg(w.Value, units) is >= 0m and <= MaximumKg)
                .WithMessage(_ => text["LoggedWeightRange", Whole(UnitConversion.FromKg(MaximumKg, units)), UnitConversion.WeightUnit(units)]);
        }
    }
}
