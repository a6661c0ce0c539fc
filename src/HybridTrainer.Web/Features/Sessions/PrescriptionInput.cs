using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;

using HybridTrainer.Web.Infrastructure.Localization;
namespace HybridTrainer.Web.Features.Sessions;

/// <summary>What a coach (or the athlete) may change in one session's prescription; the rest comes from the engine.</summary>
public sealed class PrescriptionInput
{
    /// <summary>The row version the edit started from: a change saved since then wins over this one.</summary>
    public uint Version { get; set; }

    public int DurationMinutes { get; set; }

    public int PlannedRpe { get; set; }

    public bool IsRun { get; set; }

    public decimal? DistanceKm { get; set; }

    public int? Repetitions { get; set; }

    /// <summary>Pace range as minutes:seconds per km ("4:30"), fast end first.</summary>
    public string? PaceFast { get; set; }

    public string? PaceSlow { get; set; }

    public List<SetEditInput> Sets { get; set; } = [];

    public static PrescriptionInput From(SessionView session) => new()
    {
        Version = session.Version,
        DurationMinutes = session.DurationMinutes,
        PlannedRpe = session.PlannedRpe,
        IsRun = session.Prescription.Run is not null,
        DistanceKm = session.Prescription.Run?.DistanceKm,
        Repetitions = session.Prescription.Run?.Repetitions,
        PaceFast = Pace(session.Prescription.Run?.PaceFastSecondsPerKm),
        PaceSlow = Pace(session.Prescription.Run?.PaceSlowSecondsPerKm),
        Sets = [.. session.Prescription.Exercises.SelectMany(e => e.Sets.Select((s, i) =>
            new SetEditInput { Exercise = e.Name, SetNumber = i + 1, Reps = s.Reps, WeightKg = s.WeightKg, Amrap = s.Amrap }))],
    };

    public static string? Pace(int? secondsPerKm) =>
        secondsPerKm is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s / 60}:{s % 60:00}") : null;

    /// <summary>Seconds per km from "m:ss", or null when the text is not a pace.</summary>
    public static int? ParsePace(string? text)
    {
        var parts = text?.Trim().Split(':');
        return parts is [var m, var s] && int.TryParse(m, CultureInfo.InvariantCulture, out var minutes)
            && s.Length == 2 && int.TryParse(s, CultureInfo.InvariantCulture, out var seconds) && seconds < 60 && minutes >= 0
            ? (minutes * 60) + seconds
            : null;
    }
}

public sealed class SetEditInput
{
    public required string Exercise { get; set; }

    public int SetNumber { get; set; }

    public int Reps { get; set; }

    public decimal? WeightKg { get; set; }

    public bool Amrap { get; set; }
}

public sealed class PrescriptionInputValidator : AbstractValidator<PrescriptionInput>
{
    /// <summary>For code that builds the validator itself; the container passes its localizer.</summary>
    public PrescriptionInputValidator()
        : this(StaticLocalizers.For<SessionsText>())
    {
    }

    public PrescriptionInputValidator(IStringLocalizer<SessionsText> text)
    {
        RuleFor(x => x.DurationMinutes).InclusiveBetween(10, 300).WithMessage(_ => text["SessionLengthRange"]);
        RuleFor(x => x.PlannedRpe).InclusiveBetween(1, 10).WithMessage(_ => text["PlannedEffortRange"]);
        When(x => x.IsRun, () =>
        {
            RuleFor(x => x.DistanceKm).InclusiveBetween(0.5m, 100m).When(x => x.DistanceKm is not null).WithMessage(_ => text["PlannedDistanceRange"]);
            RuleFor(x => x.Repetitions).InclusiveBetween(1, 20).When(x => x.Repetitions is not null).WithMessage(_ => text["RepetitionsRange"]);
            RuleFor(x => x.PaceFast).Must(BeAPaceOrEmpty).WithMessage(_ => text["PaceFormat"]);
            RuleFor(x => x.PaceSlow).Must(BeAPaceOrEmpty).WithMessage(_ => text["PaceFormat"])
                .Must((x, slow) => PrescriptionInput.ParsePace(slow) is not { } s || PrescriptionInput.ParsePace(x.PaceFast) is not { } f || f <= s)
                .WithMessage(_ => text["PaceSlowFasterThanFast"]);
            RuleFor(x => x).Must(x => string.IsNullOrWhiteSpace(x.PaceFast) == string.IsNullOrWhiteSpace(x.PaceSlow))
                .WithName(nameof(PrescriptionInput.PaceSlow)).OverridePropertyName(nameof(PrescriptionInput.PaceSlow))
                .WithMessage(_ => text["PaceBothEnds"]);
        });
        RuleFor(x => x.Sets.Count).LessThanOrEqualTo(LogSessionInput.MaximumSets)
            .WithMessage(_ => text["KeepToSets", LogSessionInput.MaximumSets]).OverridePropertyName(nameof(PrescriptionInput.Sets));
        RuleForEach(x => x.Sets).ChildRules(set =>
        {
            set.RuleFor(s => s.Reps).InclusiveBetween(1, 50).WithMessage(_ => text["PlannedRepsRange"]);
            set.RuleFor(s => s.WeightKg).InclusiveBetween(0m, 500m).When(s => s.WeightKg is not null).WithMessage(_ => text["PlannedWeightRange"]);
        });
    }

    private static bool BeAPaceOrEmpty(string? text) =>
        string.IsNullOrWhiteSpace(text) || PrescriptionInput.ParsePace(text) is >= 150 and <= 720;
}
