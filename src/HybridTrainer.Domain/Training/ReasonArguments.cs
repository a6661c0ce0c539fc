using System.Globalization;

namespace HybridTrainer.Domain.Training;

/// <summary>
/// A <see cref="Reason"/>'s arguments in their invariant form: numbers as the invariant culture writes them (82.5, 1.53)
/// and dates as yyyy-MM-dd. The sentence formats them for its reader (82,5 kg; lun 7 dic).
/// </summary>
public static class ReasonArguments
{
    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number rounded as a format such as "0" or "0.00" rounds it, when the sentence shows it rounded.</summary>
    public static string Of(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A time as h:mm:ss to the nearest second, as every page, sheet and API answer writes a race time, so a warning
    /// and the race-day card name the same prediction. Times read alike in every language, so it travels worded.
    /// </summary>
    public static string Of(TimeSpan time) =>
        TimeSpan.FromSeconds(Math.Round(time.TotalSeconds, MidpointRounding.AwayFromZero)).ToString("h\\:mm\\:ss", CultureInfo.InvariantCulture);

    /// <summary>A number that may be missing, written as nothing (as an interpolated sentence wrote it).</summary>
    public static string Of(int? value) => value is { } number ? Of(number) : "";
}
