using System.Globalization;
using HybridTrainer.Activities;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Activities;

/// <summary>
/// Why a file was not imported, worded in the reader's language from its kind and figures: the decoders and the archive
/// reader name the problem, the web words it (the decoders know nothing of languages).
/// </summary>
internal static class ImportMessages
{
    /// <summary>The key of a decoder's refusal in <see cref="ActivitiesText"/> ("DecodeFitTruncated").</summary>
    public static string KeyOf(DecodeError error) => "Decode" + error.ToString();

    /// <summary>The key of an archive's skip reason in <see cref="ActivitiesText"/> ("SkipZipDamaged").</summary>
    public static string KeyOf(SkipReason reason) => "Skip" + reason.ToString();

    public static string Reason(IStringLocalizer<ActivitiesText> text, DecodeFailure failure) =>
        failure is { Error: DecodeError.FitNotAnActivity, Arguments: [int type] }
            ? text["DecodeFitNotAnActivity", FitType(text, type)]
            : text[KeyOf(failure.Error), [.. failure.Arguments]];

    public static string Reason(IStringLocalizer<ActivitiesText> text, SkippedFile skipped) =>
        text[KeyOf(skipped.Kind), [.. skipped.Arguments]];

    /// <summary>The skipped file's name; the files of a zip that are not activities are named together.</summary>
    public static string File(IStringLocalizer<ActivitiesText> text, SkippedFile skipped) =>
        skipped is { Kind: SkipReason.OtherFiles, Arguments: [string zip, int count] }
            ? count == 1 ? text["OneOtherFile", zip] : text["OtherFiles", zip, count.ToString("N0", CultureInfo.CurrentCulture)]
            : skipped.File;

    // The FIT profile's file types worth naming; others by their number.
    private static string FitType(IStringLocalizer<ActivitiesText> text, int type) => type switch
    {
        1 => text["FitType1"],
        2 => text["FitType2"],
        3 => text["FitType3"],
        5 => text["FitType5"],
        6 => text["FitType6"],
        7 => text["FitType7"],
        9 => text["FitType9"],
        10 => text["FitType10"],
        11 => text["FitType11"],
        14 => text["FitType14"],
        15 or 32 => text["FitType15"],
        20 => text["FitType20"],
        28 => text["FitType28"],
        34 => text["FitType34"],
        35 => text["FitType35"],
        _ => text["FitTypeOther", type],
    };
}
