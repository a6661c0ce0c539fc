using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>One athlete's week on one printed page: only plan facts, never coach notes, recovery or readiness.</summary>
public sealed record AthleteSheet(
    Guid AthleteId,
    string Name,
    string? GymName,
    DateOnly Monday,
    UnitSystem Units,
    decimal PlateStep,
    ProteinTarget? Protein,
    IReadOnlyList<SheetDay> Days)
{
    public string WeightUnit => Common.UnitConversion.WeightUnit(Units);

    /// <summary>The athlete's language ("en", "es"): the sheet is worded in it whoever prints it.</summary>
    public string Language { get; init; } = Languages.English;
}

/// <summary>A calendar day; no sessions means a rest day.</summary>
public sealed record SheetDay(DateOnly Date, IReadOnlyList<SheetSession> Sessions);

public sealed record SheetSession(
    Guid Id,
    string Title,
    string Summary,
    string WarmUp,
    SheetRun? Run,
    IReadOnlyList<SheetExercise> Exercises,
    string Why)
{
    /// <summary>Typed after /s/ to open the session's log: the random end of the id (v7 ids of one block share their start).</summary>
    public string ShortCode => SheetCodes.For(Id);
}

/// <summary>
/// A run as printed: the main set in the athlete's units, how many reps to tick off, and a note (a long run's fuelling,
/// the race's splits and fuelling).
/// </summary>
public sealed record SheetRun(string MainSet, int TickBoxes, string? CoolDown, string? Note = null);

public sealed record SheetExercise(string Name, IReadOnlyList<SheetSet> Sets);

/// <summary>A target set; <see cref="Load"/> is in the athlete's unit, already on the plate grid, null for body weight.</summary>
public sealed record SheetSet(int Reps, bool Amrap, decimal? Load)
{
    /// <summary>With the English mark for body weight ("5 × 82.5", "8 × BW").</summary>
    public string Target => TargetIn("BW");

    /// <summary>As printed, the load in the current culture (82,5 in Spanish) and body weight in the sheet's own word.</summary>
    public string TargetIn(string bodyWeight) =>
        $"{Reps}{(Amrap ? "+" : "")} × {(Load is { } load ? load.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture) : bodyWeight)}";
}
