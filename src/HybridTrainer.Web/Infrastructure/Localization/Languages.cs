using System.Globalization;

namespace HybridTrainer.Web.Infrastructure.Localization;

/// <summary>
/// The languages the app speaks. English is the fallback: for a browser asking for anything else, and for a word a
/// translation lacks (the resource test makes that a failing test, not a silent gap).
/// </summary>
public static class Languages
{
    public const string English = "en";
    public const string Spanish = "es";

    /// <summary>The person's chosen language, carried in the sign-in cookie so a request needs no query to know it.</summary>
    public const string Claim = "hybridtrainer:language";

    public static IReadOnlyList<string> All { get; } = [English, Spanish];

    public static bool IsSupported(string? code) => code is English or Spanish;

    /// <summary>Each language named in itself, as a language menu shows it.</summary>
    public static string NativeName(string code) => code == Spanish ? "Español" : "English";

    public static CultureInfo Culture(string? code) => CultureInfo.GetCultureInfo(IsSupported(code) ? code! : English);

    /// <summary>
    /// The language to write in to someone who is not at the screen (an e-mail, a printed sheet): their choice, else
    /// their browser's at their last sign-in, else English.
    /// </summary>
    public static string ForPerson(string? chosen, string? browser) =>
        IsSupported(chosen) ? chosen! : IsSupported(browser) ? browser! : English;

    /// <summary>
    /// Runs the following code in a language until disposed, for text made outside a request in someone else's
    /// language: <c>using (Languages.Use(code)) { ... }</c>. Culture is async-local, so other requests are untouched.
    /// </summary>
    public static LanguageScope Use(string? code) => new(Culture(code));
}

/// <summary>Restores the culture that was current before <see cref="Languages.Use"/>.</summary>
public readonly struct LanguageScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    internal LanguageScope(CultureInfo culture)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
