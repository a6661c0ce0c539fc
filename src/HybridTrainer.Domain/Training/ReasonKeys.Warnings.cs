namespace HybridTrainer.Domain.Training;

/// <summary>The plan's warnings (<see cref="PlanWarning"/>), R27's check-in triggers and R26's sleep line.</summary>
public static partial class ReasonKeys
{
    // R5: a quality run kept easy because the available days sit too close to the heavy leg days.
    public const string WarningQualitySoftened = nameof(WarningQualitySoftened);

    // R10: {0} first week, {1} sprint series km (0.0), {2} cap km (0.0).
    public const string WarningSprintSeriesVolume = nameof(WarningSprintSeriesVolume);

    // R16: {0} week, {1} shortest-runs minutes, {2} minutes run recently.
    public const string WarningRunFloorAboveRecent = nameof(WarningRunFloorAboveRecent);

    // R17. LoadLow: {0} week, {1} ACWR (0.00), {2} lower bound. LoadStillHigh: {0} week, {1} ACWR (0.00), {2} the
    // ratio that holds hard sessions back. LoadLightened: {0} week, {1} load in AU, {2} ACWR (0.00).
    public const string WarningLoadLow = nameof(WarningLoadLow);
    public const string WarningLoadStillHigh = nameof(WarningLoadStillHigh);
    public const string WarningLoadLightened = nameof(WarningLoadLightened);

    // R18: {0} week.
    public const string WarningLoadUniform = nameof(WarningLoadUniform);

    // R22: a stalled AMRAP, one key per main lift since the sentence begins with the lift's name. No arguments.
    public const string WarningAmrapShortSquat = nameof(WarningAmrapShortSquat);
    public const string WarningAmrapShortBenchPress = nameof(WarningAmrapShortBenchPress);
    public const string WarningAmrapShortDeadlift = nameof(WarningAmrapShortDeadlift);
    public const string WarningAmrapShortOverheadPress = nameof(WarningAmrapShortOverheadPress);

    // R28: no usable shoes, no cushioned pair, a single pair. No arguments.
    public const string WarningShoesNone = nameof(WarningShoesNone);
    public const string WarningShoesNoCushioned = nameof(WarningShoesNoCushioned);
    public const string WarningShoesSecondPair = nameof(WarningShoesSecondPair);

    // R29: {0} the shoe's name (the athlete's own text), {1} its km (0), {2} the retirement km (0).
    public const string WarningShoeRetired = nameof(WarningShoeRetired);
    public const string WarningShoeWorn = nameof(WarningShoeWorn);

    // R35: the peak week falls short, one key per distance. {0} usual peak minutes, {1} the plan's peak minutes.
    public const string WarningVolumeShortFiveK = nameof(WarningVolumeShortFiveK);
    public const string WarningVolumeShortTenK = nameof(WarningVolumeShortTenK);
    public const string WarningVolumeShortHalfMarathon = nameof(WarningVolumeShortHalfMarathon);
    public const string WarningVolumeShortMarathon = nameof(WarningVolumeShortMarathon);

    // R36: {0} taper week, {1} its minutes, {2} the minutes of the last week before the taper.
    public const string WarningTaperShort = nameof(WarningTaperShort);

    // R39: {0} goal VDOT (0.0), {1} the most above the current VDOT (0), {2} current VDOT (0.0), {3} predicted time
    // (h:mm:ss, the same in every language).
    public const string WarningGoalAmbitious = nameof(WarningGoalAmbitious);

    // R27's check-in triggers. ShortSleep: {0} hours slept (0.#), {1} minimum hours (0). SoreLegs: {0} soreness out of
    // 10. LowWellness: {0} score out of 25. LowHrv: none. HighRestingHeartRate: {0} bpm above normal.
    public const string ReadinessShortSleep = nameof(ReadinessShortSleep);
    public const string ReadinessSoreLegs = nameof(ReadinessSoreLegs);
    public const string ReadinessLowWellness = nameof(ReadinessLowWellness);
    public const string ReadinessLowHrv = nameof(ReadinessLowHrv);
    public const string ReadinessHighRestingHeartRate = nameof(ReadinessHighRestingHeartRate);

    // R26's sleep target: 7–9 h, or 7–8 h from 65. No arguments.
    public const string SleepTargetAdult = nameof(SleepTargetAdult);
    public const string SleepTargetOlderAdult = nameof(SleepTargetOlderAdult);
}
