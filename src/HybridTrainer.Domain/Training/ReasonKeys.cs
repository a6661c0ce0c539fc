using System.Reflection;

namespace HybridTrainer.Domain.Training;

/// <summary>
/// Every key a <see cref="Reason"/> can carry. The web holds a sentence for each in every language it speaks, and a
/// test words <see cref="All"/> in each: a key added here and not worded there fails that test, not a reader's page.
/// Keys have no spaces, so a stored plain sentence (written before keys existed) can never be mistaken for one.
/// </summary>
public static partial class ReasonKeys
{
    // What the session is, for lifts.
    public const string WhyUpperOnlyNearRace = nameof(WhyUpperOnlyNearRace);
    public const string WhyMaintenanceNearRace = nameof(WhyMaintenanceNearRace);
    public const string WhyLightLongRunWeek = nameof(WhyLightLongRunWeek);
    public const string WhyLightLoadIntro = nameof(WhyLightLoadIntro);
    public const string WhyDeloadWeek = nameof(WhyDeloadWeek);
    public const string WhyFullBodyDayA = nameof(WhyFullBodyDayA);
    public const string WhyFullBodyDayB = nameof(WhyFullBodyDayB);
    public const string WhyUpperBodyDay = nameof(WhyUpperBodyDay);
    public const string WhyLowerBodyDay = nameof(WhyLowerBodyDay);
    public const string WhyFullBodyDay = nameof(WhyFullBodyDay);

    // What the session is, for runs. WhyLongRunRacePace: {0} minutes at marathon pace.
    public const string WhyDeloadSprints = nameof(WhyDeloadSprints);
    public const string WhyDeloadHills = nameof(WhyDeloadHills);
    public const string WhyLongRunRacePace = nameof(WhyLongRunRacePace);
    public const string WhyLongRunTaper = nameof(WhyLongRunTaper);
    public const string WhyLongRun = nameof(WhyLongRun);
    public const string WhyTempoTaper = nameof(WhyTempoTaper);
    public const string WhyTempo = nameof(WhyTempo);
    public const string WhyVO2Taper = nameof(WhyVO2Taper);
    public const string WhyVO2 = nameof(WhyVO2);
    public const string WhyShakeout = nameof(WhyShakeout);
    public const string WhyRace = nameof(WhyRace);
    public const string WhyRecoveryAfterRace = nameof(WhyRecoveryAfterRace);
    public const string WhyRecoveryRaceWeek = nameof(WhyRecoveryRaceWeek);
    public const string WhySprints = nameof(WhySprints);
    public const string WhyHills = nameof(WhyHills);
    public const string WhyRecovery = nameof(WhyRecovery);
    public const string WhyEasyNovice = nameof(WhyEasyNovice);
    public const string WhyEasySpacing = nameof(WhyEasySpacing);
    public const string WhyEasyLoadGuard = nameof(WhyEasyLoadGuard);
    public const string WhySteady = nameof(WhySteady);

    // Why the session sits on its day: after a heavy leg lift, or after each kind of hard run (a lift or a run today).
    public const string DaySpacedFromHard = nameof(DaySpacedFromHard);
    public const string DayAvailable = nameof(DayAvailable);
    public const string DayLiftAfterHeavyLegs = nameof(DayLiftAfterHeavyLegs);
    public const string DayRunAfterHeavyLegs = nameof(DayRunAfterHeavyLegs);
    public const string DayLiftAfterSprints = nameof(DayLiftAfterSprints);
    public const string DayRunAfterSprints = nameof(DayRunAfterSprints);
    public const string DayLiftAfterHills = nameof(DayLiftAfterHills);
    public const string DayRunAfterHills = nameof(DayRunAfterHills);
    public const string DayLiftAfterTempo = nameof(DayLiftAfterTempo);
    public const string DayRunAfterTempo = nameof(DayRunAfterTempo);
    public const string DayLiftAfterVO2 = nameof(DayLiftAfterVO2);
    public const string DayRunAfterVO2 = nameof(DayRunAfterVO2);
    public const string DayLiftAfterLongRun = nameof(DayLiftAfterLongRun);
    public const string DayRunAfterLongRun = nameof(DayRunAfterLongRun);
    public const string DayLiftAfterRace = nameof(DayLiftAfterRace);
    public const string DayRunAfterRace = nameof(DayRunAfterRace);
    public const string DayLiftAfterHardSession = nameof(DayLiftAfterHardSession);
    public const string DayRunAfterHardSession = nameof(DayRunAfterHardSession);

    // How hard to go without a 5 km time. EffortByFeel: {0} RPE. EffortHeartRate: {0} RPE, {1}–{2} bpm.
    public const string EffortSprintsNoFiveKm = nameof(EffortSprintsNoFiveKm);
    public const string EffortHills = nameof(EffortHills);
    public const string EffortByFeel = nameof(EffortByFeel);
    public const string EffortHeartRate = nameof(EffortHeartRate);

    // R30's prompt after a heavy leg lift.
    public const string FoamRollAfterHeavyLegs = nameof(FoamRollAfterHeavyLegs);

    // The easy replacements R27 offers after a check-in: one recovery-run line per run type it replaces.
    public const string DowngradeRecoveryInsteadOfSteady = nameof(DowngradeRecoveryInsteadOfSteady);
    public const string DowngradeRecoveryInsteadOfRecovery = nameof(DowngradeRecoveryInsteadOfRecovery);
    public const string DowngradeRecoveryInsteadOfInterval = nameof(DowngradeRecoveryInsteadOfInterval);
    public const string DowngradeRecoveryInsteadOfHill = nameof(DowngradeRecoveryInsteadOfHill);
    public const string DowngradeRecoveryInsteadOfLong = nameof(DowngradeRecoveryInsteadOfLong);
    public const string DowngradeRecoveryInsteadOfTempo = nameof(DowngradeRecoveryInsteadOfTempo);
    public const string DowngradeRecoveryInsteadOfVO2 = nameof(DowngradeRecoveryInsteadOfVO2);
    public const string DowngradeRecoveryInsteadOfShakeout = nameof(DowngradeRecoveryInsteadOfShakeout);
    public const string DowngradeRecoveryInsteadOfRace = nameof(DowngradeRecoveryInsteadOfRace);
    public const string DowngradeQualityReturns = nameof(DowngradeQualityReturns);
    public const string DowngradeDeloadLifts = nameof(DowngradeDeloadLifts);
    public const string DowngradeHeavySetsTired = nameof(DowngradeHeavySetsTired);
    public const string DowngradeUpperOnly = nameof(DowngradeUpperOnly);
    public const string DowngradeHeavyLegsTired = nameof(DowngradeHeavyLegsTired);

    // Why a race block cannot be planned (R31, R39), one key per distance since the distance's name takes its own
    // article in other languages. RaceTooSoon*: {0} minimum weeks, {1} weeks away, {2} latest start (yyyy-MM-dd).
    // RaceTooFar: {0} weeks away, {1} maximum weeks, {2} earliest start. RaceFewRuns*: {0} runs a week, {1} days
    // needed, {2} days to add (One: exactly one).
    public const string RaceTooSoonFiveK = nameof(RaceTooSoonFiveK);
    public const string RaceTooSoonTenK = nameof(RaceTooSoonTenK);
    public const string RaceTooSoonHalfMarathon = nameof(RaceTooSoonHalfMarathon);
    public const string RaceTooSoonMarathon = nameof(RaceTooSoonMarathon);
    public const string RaceTooFar = nameof(RaceTooFar);
    public const string RaceFewRunsFiveKOne = nameof(RaceFewRunsFiveKOne);
    public const string RaceFewRunsFiveKMany = nameof(RaceFewRunsFiveKMany);
    public const string RaceFewRunsTenKOne = nameof(RaceFewRunsTenKOne);
    public const string RaceFewRunsTenKMany = nameof(RaceFewRunsTenKMany);
    public const string RaceFewRunsHalfMarathonOne = nameof(RaceFewRunsHalfMarathonOne);
    public const string RaceFewRunsHalfMarathonMany = nameof(RaceFewRunsHalfMarathonMany);
    public const string RaceFewRunsMarathonOne = nameof(RaceFewRunsMarathonOne);
    public const string RaceFewRunsMarathonMany = nameof(RaceFewRunsMarathonMany);
    public const string RaceNeedsFiveKmTime = nameof(RaceNeedsFiveKmTime);

    /// <summary>Every key above, read from the constants so the list cannot fall behind them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. typeof(ReasonKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)];

    private static readonly HashSet<string> _known = new(All, StringComparer.Ordinal);

    /// <summary>True for a key of this list; false for anything else, such as a sentence stored before keys existed.</summary>
    public static bool IsKnown(string key) => _known.Contains(key);
}
