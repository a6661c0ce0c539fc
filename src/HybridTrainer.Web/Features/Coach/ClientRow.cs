using HybridTrainer.Web.Features.Dashboard;
using HybridTrainer.Web.Features.Plan;

namespace HybridTrainer.Web.Features.Coach;

/// <summary>One client in the coach's table: this week, recovery, load, plan and shoes, each already judged.</summary>
public sealed record ClientRow(
    Guid AthleteId,
    string Name,
    bool HasLogin,
    bool ProfileComplete,
    int DoneThisWeek,
    int PlannedThisWeek,
    int MissedThisWeek,
    DateOnly? LastCheckIn,
    string? ReadinessReason,
    double? Acwr,
    IReadOnlyList<string> PlanWarnings,
    IReadOnlyList<string> ShoesToRetire,
    IReadOnlyList<string> WornShoes)
{
    /// <summary>The race the current block builds to, with days to go from the client's today; null for an open block.</summary>
    public UpcomingRace? Race { get; init; }

    /// <summary>R27 fired on a check-in of the last three days.</summary>
    public bool ReadinessFlag => ReadinessReason is not null;

    public bool AcwrInBand => TrainingLoad.InBand(Acwr);

    public string Compliance => $"{DoneThisWeek}/{PlannedThisWeek}";

    public const string ReadinessFlagName = "Readiness";
    public const string AcwrFlagName = "ACWR";
    public const string PlanFlagName = "Plan";
    public const string ShoesFlagName = "Shoes";
    public const string MissedFlagName = "Missed";
    public const string ProfileFlagName = "Profile";

    /// <summary>
    /// What needs the coach now, shortest words first; worn (not yet retired) shoes are only a reminder. Stable names,
    /// not words: the table words them in the reader's language.
    /// </summary>
    public IReadOnlyList<string> Flags =>
    [
        .. ReadinessFlag ? [ReadinessFlagName] : Array.Empty<string>(),
        .. AcwrInBand ? [] : new[] { AcwrFlagName },
        .. PlanWarnings.Count > 0 ? [PlanFlagName] : Array.Empty<string>(),
        .. ShoesToRetire.Count > 0 ? [ShoesFlagName] : Array.Empty<string>(),
        .. MissedThisWeek > 0 ? [MissedFlagName] : Array.Empty<string>(),
        .. ProfileComplete ? [] : new[] { ProfileFlagName },
    ];

    public int Attention => Flags.Count;

    /// <summary>Rows needing attention first (the most flags on top), then by name.</summary>
    public static IReadOnlyList<ClientRow> AttentionFirst(IEnumerable<ClientRow> rows) =>
        [.. rows.OrderByDescending(r => r.Attention).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];
}
