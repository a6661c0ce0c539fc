using System.Globalization;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Common.Why;

/// <summary>
/// Words the engine's reasons in the current culture's language. A stored line that is not a known key is a sentence
/// from before keys existed and is shown as it was written: old plans keep reading as they did.
/// </summary>
public static class WhyWording
{
    public static string Word(this IStringLocalizer<WhyText> text, Reason reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reason);
        if (!ReasonKeys.IsKnown(reason.Key))
        {
            return reason.Key;
        }

        if (reason.Arguments.Length == 0)
        {
            return text[reason.Key];
        }

        var arguments = new object[reason.Arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Value(reason.Arguments[i]);
        }

        return text[reason.Key, arguments];
    }

    /// <summary>A line as stored in a prescription ("Key|arg|arg" or an older sentence), worded.</summary>
    public static string Word(this IStringLocalizer<WhyText> text, string stored) => text.Word(StoredReason.Decode(stored));

    /// <summary>
    /// Stored lines ("Key|arg" per line, as a session keeps the check-in's reasons) worded and read as one paragraph. A
    /// row written before keys holds one English paragraph, which is a single unknown line and reads as written.
    /// </summary>
    public static string WordLines(this IStringLocalizer<WhyText> text, string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return string.Join(' ', text.Word(stored.Split('\n')));
    }

    public static string[] Word(this IStringLocalizer<WhyText> text, IReadOnlyList<Reason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var lines = new string[reasons.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = text.Word(reasons[i]);
        }

        return lines;
    }

    public static string[] Word(this IStringLocalizer<WhyText> text, IReadOnlyList<string> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var lines = new string[stored.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = text.Word(stored[i]);
        }

        return lines;
    }

    // Arguments travel in invariant form; typed again, the sentence's own format ({0:d MMM yyyy}) and the current
    // culture write them for the reader (14 Mar 2027, 14 mar 2027).
    private static object Value(string argument)
    {
        if (int.TryParse(argument, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (decimal.TryParse(argument, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fraction))
        {
            return fraction;
        }

        return DateOnly.TryParseExact(argument, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : argument;
    }
}
