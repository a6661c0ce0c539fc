using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// The words of one printed sheet in one language, looked up once and kept per language: a print of 200 sheets writes
/// thousands of cells, and none of them should go back to the resource files. Each property is a key of
/// <see cref="SheetText"/> by its own name, so a word cannot be listed under one name and looked up under another.
/// Formats keep their placeholders and are filled with <see cref="Format"/> in the current culture (the sheet's
/// athlete's, see <see cref="SheetHtml"/>).
/// </summary>
internal sealed class SheetWords
{
    private static readonly ConcurrentDictionary<string, SheetWords> ByLanguage = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _words;

    // Every word of the resource class in this language (English where a translation lacks one), read once.
    private SheetWords(IStringLocalizer<SheetText> text) =>
        _words = text.GetAllStrings(includeParentCultures: true).ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);

    public string WeekSheetFor => Word();
    public string WeekOf => Word();
    public string LoadsIn => Word();
    public string Legend => Word();
    public string DayHeading => Word();
    public string Protein => Word();
    public string RestDay => Word();
    public string QrLabel => Word();
    public string WarmUpLine => Word();
    public string WhyLine => Word();
    public string CoolDownAfter => Word();
    public string RepsDone => Word();
    public string Time => Word();
    public string Distance => Word();
    public string Reps => Word();
    public string Summary => Word();
    public string WarmUpRunning => Word();
    public string NoWarmUp => Word();
    public string CoolDownEasy => Word();
    public string RaceMainSet => Word();
    public string RaceNote => Word();
    public string FuelNote => Word();
    public string LiftWarmUpEmptyBar => Word();
    public string LiftWarmUpThen => Word();
    public string AdjustedWhy => Word();
    public string BodyWeight => Word();

    // Each property is named after its key, so the list is the resource file's own; SheetWordsTests reads every one.
    private string Word([CallerMemberName] string key = "") => _words[key];

    /// <summary>The words in the current UI culture's language, looked up on first use of that language only.</summary>
    public static SheetWords For(IStringLocalizer<SheetText> text) =>
        ByLanguage.GetOrAdd(CultureInfo.CurrentUICulture.Name, static (_, localizer) => new SheetWords(localizer), text);

    /// <summary>A format filled in the current culture (Spanish dates and decimal commas for a Spanish sheet).</summary>
    public static string Format(string format, params object?[] values) => string.Format(CultureInfo.CurrentCulture, format, values);
}
