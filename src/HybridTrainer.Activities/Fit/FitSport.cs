namespace HybridTrainer.Activities.Fit;

internal static class FitSport
{
    /// <summary>FIT profile "sport" values; hiking counts as walking for training load.</summary>
    public static ActivitySport From(double? sport) => sport switch
    {
        1 => ActivitySport.Running,
        2 => ActivitySport.Cycling,
        5 => ActivitySport.Swimming,
        11 or 17 => ActivitySport.Walking,
        15 => ActivitySport.Rowing,
        _ => ActivitySport.Other,
    };
}
