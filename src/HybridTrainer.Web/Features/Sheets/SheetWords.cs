using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// The words of one printed sheet in one language, looked up once and kept per language: a print of 200 sheets writes
/// thousands of cells, and none of them should go back to the resource files. Formats keep their placeholders and are
/// filled with <see cref="Format"/> in the current culture (the sheet's athlete's, see <see cref="SheetHtml"/>).
/// </summary>
internal sealed class SheetWords
{
    private static readonly ConcurrentDictionary<string, SheetWords> ByLanguage = new(StringComparer.Ordinal);

    private SheetWords(IStringLocalizer<SheetText> text)
    {
        WeekSheetFor = text["WeekSheetFor"];
        WeekOf = text["WeekOf"];
        LoadsIn = text["LoadsIn"];
        Legend = text["Legend"];
        DayHeading = text["DayHeading"];
        Protein = text["Protein"];
        RestDay = text["RestDay"];
        QrLabel = text["QrLabel"];
        WarmUpLine = text["WarmUpLine"];
        WhyLine = text["WhyLine"];
        CoolDownAfter = text["CoolDownAfter"];
        RepsDone = text["RepsDone"];
        Time = text["Time"];
        Distance = text["Distance"];
        Reps = text["Reps"];
        Summary = text["Summary"];
        WarmUpRunning = text["WarmUpRunning"];
        NoWarmUp = text["NoWarmUp"];
        CoolDownEasy = text["CoolDownEasy"];
        RaceMainSet = text["RaceMainSet"];
        RaceNote = text["RaceNote"];
        FuelNote = text["FuelNote"];
        LiftWarmUpEmptyBar = text["LiftWarmUpEmptyBar"];
        LiftWarmUpThen = text["LiftWarmUpThen"];
        AdjustedWhy = text["AdjustedWhy"];
        BodyWeight = text["BodyWeight"];
    }

    public string WeekSheetFor { get; }
    public string WeekOf { get; }
    public string LoadsIn { get; }
    public string Legend { get; }
    public string DayHeading { get; }
    public string Protein { get; }
    public string RestDay { get; }
    public string QrLabel { get; }
    public string WarmUpLine { get; }
    public string WhyLine { get; }
    public string CoolDownAfter { get; }
    public string RepsDone { get; }
    public string Time { get; }
    public string Distance { get; }
    public string Reps { get; }
    public string Summary { get; }
    public string WarmUpRunning { get; }
    public string NoWarmUp { get; }
    public string CoolDownEasy { get; }
    public string RaceMainSet { get; }
    public string RaceNote { get; }
    public string FuelNote { get; }
    public string LiftWarmUpEmptyBar { get; }
    public string LiftWarmUpThen { get; }
    public string AdjustedWhy { get; }
    public string BodyWeight { get; }

    /// <summary>The words in the current UI culture's language, looked up on first use of that language only.</summary>
    public static SheetWords For(IStringLocalizer<SheetText> text) =>
        ByLanguage.GetOrAdd(CultureInfo.CurrentUICulture.Name, static (_, localizer) => new SheetWords(localizer), text);

    /// <summary>A format filled in the current culture (Spanish dates and decimal commas for a Spanish sheet).</summary>
    public static string Format(string format, params object?[] values) => string.Format(CultureInfo.CurrentCulture, format, values);
}
