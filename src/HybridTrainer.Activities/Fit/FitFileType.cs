namespace HybridTrainer.Activities.Fit;

/// <summary>The file_id type values (FIT profile "file" enum) worth naming when a file is not an activity.</summary>
internal static class FitFileType
{
    public const int Activity = 4;

    public static string Describe(int type) => type switch
    {
        1 => "a FIT device file",
        2 => "a FIT settings file",
        3 => "a FIT sport settings file",
        5 => "a FIT workout file",
        6 => "a FIT course file",
        7 => "a FIT schedule file",
        9 => "a FIT weight file",
        10 => "a FIT totals file",
        11 => "a FIT goals file",
        14 => "a FIT blood pressure file",
        15 or 32 => "a FIT monitoring file",
        20 => "a FIT activity summary file",
        28 => "a FIT daily monitoring file",
        34 => "a FIT segment file",
        35 => "a FIT segment list file",
        _ => $"a FIT file of type {type}",
    };
}
