namespace HybridTrainer.Domain.Training;

/// <summary>
/// The plan checker's findings (<see cref="Planning.RuleViolation"/>), one key per sentence: a word that changes with
/// the case (a run type, a lift, a race distance, a phase) picks its own key, never an argument. Arguments are invariant
/// numbers and yyyy-MM-dd dates; the only words among them are names people or the plan gave (an exercise, a pair).
/// </summary>
public static partial class ReasonKeys
{
    // R1 novice gate, one per quality run type: {0} date.
    public const string FindingNoviceQualityInterval = nameof(FindingNoviceQualityInterval);
    public const string FindingNoviceQualityHill = nameof(FindingNoviceQualityHill);

    // R2 session allocation. Outside/Unavailable: {0} date. WeekCount: {0} week, {1} lifts, {2} runs, {3} available
    // days, {4} lifts planned, {5} runs planned, {6} most training days.
    public const string FindingSessionOutsideBlock = nameof(FindingSessionOutsideBlock);
    public const string FindingSessionUnavailableDay = nameof(FindingSessionUnavailableDay);
    public const string FindingWeekSessionCount = nameof(FindingWeekSessionCount);

    // R3 alternating quality run: {0} week.
    public const string FindingQualityRunsTooMany = nameof(FindingQualityRunsTooMany);
    public const string FindingIntervalWeek = nameof(FindingIntervalWeek);
    public const string FindingHillWeek = nameof(FindingHillWeek);

    // R4 lift split. MainLiftCount*, one per main lift: {0} week, {1} times. NoLunges: {0} week.
    public const string FindingMainLiftCountSquat = nameof(FindingMainLiftCountSquat);
    public const string FindingMainLiftCountBenchPress = nameof(FindingMainLiftCountBenchPress);
    public const string FindingMainLiftCountDeadlift = nameof(FindingMainLiftCountDeadlift);
    public const string FindingMainLiftCountOverheadPress = nameof(FindingMainLiftCountOverheadPress);
    public const string FindingNoLunges = nameof(FindingNoLunges);

    // R5 hard/easy spacing. HardDaysAdjacent: {0} and {1} dates. HardWeekEnds: {0} week, {1} and {2} dates (weekday
    // only).
    public const string FindingHardDaysAdjacent = nameof(FindingHardDaysAdjacent);
    public const string FindingHardWeekEnds = nameof(FindingHardWeekEnds);

    // R6 leg rest after series, one per quality run type: {0} date, {1} hours.
    public const string FindingLegsShareDayInterval = nameof(FindingLegsShareDayInterval);
    public const string FindingLegsShareDayHill = nameof(FindingLegsShareDayHill);

    // R7 same-day doubles: {0} sessions, {1} date, {2} hours apart.
    public const string FindingDoubleDay = nameof(FindingDoubleDay);

    // R8 intensity distribution: {0} week, {1} quality minutes, {2} running minutes, {3} easy share (0.8).
    public const string FindingEasyShareLow = nameof(FindingEasyShareLow);

    // R9 series distance. Distance: {0} date. TooSlow: {0} date, {1} seconds, {2} metres. RpeLow: {0} date, {1} target
    // RPE, {2} lowest RPE.
    public const string FindingSprintDistance = nameof(FindingSprintDistance);
    public const string FindingSprintTooSlow = nameof(FindingSprintTooSlow);
    public const string FindingSprintRpeLow = nameof(FindingSprintRpeLow);

    // R10 series count: {0} date, {1} reps, {2} limit.
    public const string FindingSprintRepsTooMany = nameof(FindingSprintRepsTooMany);

    // R11 near-complete rest: {0} date, {1} rest seconds, {2} rep seconds.
    public const string FindingSprintRestShort = nameof(FindingSprintRestShort);

    // R12 hill repeats. Reps: {0} date, {1} reps, {2}–{3} range. Seconds: {0} date, {1} seconds, {2}–{3} range.
    // JogBack: {0} date.
    public const string FindingHillReps = nameof(FindingHillReps);
    public const string FindingHillSeconds = nameof(FindingHillSeconds);
    public const string FindingHillJogBack = nameof(FindingHillJogBack);

    // R13 warm-up and cool-down, one per quality run type: {0} date, {1} minutes.
    public const string FindingWarmUpInterval = nameof(FindingWarmUpInterval);
    public const string FindingWarmUpHill = nameof(FindingWarmUpHill);

    // R15 easy runs. Length*, one per easy run type: {0} date, {1} minutes, {2}–{3} range. RecoveryTooFast: {0} date.
    public const string FindingEasyLengthSteady = nameof(FindingEasyLengthSteady);
    public const string FindingEasyLengthRecovery = nameof(FindingEasyLengthRecovery);
    public const string FindingRecoveryTooFast = nameof(FindingRecoveryTooFast);

    // R16 volume progression: {0} week, {1} minutes, {2} previous minutes, {3} largest rise (0.3), {4} most minutes.
    public const string FindingVolumeRise = nameof(FindingVolumeRise);

    // R17 acute:chronic ratio: {0} week, {1} AU, {2} recent AU, {3} ratio (0.00), {4} reject-at ratio, {5} most AU.
    public const string FindingAcwrHigh = nameof(FindingAcwrHigh);

    // R18 monotony: {0} week, {1} monotony (0.00), {2} most.
    public const string FindingMonotonyHigh = nameof(FindingMonotonyHigh);

    // R20 5/3/1 wave: {0} exercise name, {1} date, {2} wave week, {3}/{4}/{5} percentages, {6}/{7}/{8} reps.
    public const string FindingWaveMismatch = nameof(FindingWaveMismatch);

    // R21 load rounding: {0} exercise name, {1} date, {2} kg, {3} increment kg.
    public const string FindingLoadRounding = nameof(FindingLoadRounding);

    // R23 supplemental volume: {0} exercise name, {1} date, {2} sets, {3} reps.
    public const string FindingSupplementalVolume = nameof(FindingSupplementalVolume);

    // R24 deload: {0} exercise name, {1} date.
    public const string FindingDeloadTooHeavy = nameof(FindingDeloadTooHeavy);

    // R28 shoe rotation. Minimalist*, one per run type (MinimalistRun: a run without a type): {0} date, {1} most
    // minutes. MinimalistShare: {0} week, {1} runs in them, {2} runs, {3} one run in.
    public const string FindingMinimalistSteady = nameof(FindingMinimalistSteady);
    public const string FindingMinimalistRecovery = nameof(FindingMinimalistRecovery);
    public const string FindingMinimalistInterval = nameof(FindingMinimalistInterval);
    public const string FindingMinimalistHill = nameof(FindingMinimalistHill);
    public const string FindingMinimalistLong = nameof(FindingMinimalistLong);
    public const string FindingMinimalistTempo = nameof(FindingMinimalistTempo);
    public const string FindingMinimalistVO2Intervals = nameof(FindingMinimalistVO2Intervals);
    public const string FindingMinimalistShakeout = nameof(FindingMinimalistShakeout);
    public const string FindingMinimalistRace = nameof(FindingMinimalistRace);
    public const string FindingMinimalistRun = nameof(FindingMinimalistRun);
    public const string FindingMinimalistShare = nameof(FindingMinimalistShare);

    // R29 shoe retirement: {0} the pair's name (the person's own words), {1} km, {2} retirement km, {3} date.
    public const string FindingShoeRetired = nameof(FindingShoeRetired);

    // R30 recovery prompts. NoFoamRolling: {0} date. NoRecoveryRun: {0} week, {1} runs.
    public const string FindingNoFoamRolling = nameof(FindingNoFoamRolling);
    public const string FindingNoRecoveryRun = nameof(FindingNoRecoveryRun);

    // R32 race phases, one per expected phase: {0} week, {1} taper weeks.
    public const string FindingPhaseBase = nameof(FindingPhaseBase);
    public const string FindingPhaseBuild = nameof(FindingPhaseBuild);
    public const string FindingPhaseTaper = nameof(FindingPhaseTaper);

    // R33 long run. Peak*, one per race distance: {0} date, {1} minutes, {2} peak minutes. Growth: {0} date, {1} and
    // {2} minutes, {3} most added. Fuelling: {0} minutes, {1} date. Pace: {0} date. PeakWeek: {0} minutes, {1} week,
    // {2} weeks before the race.
    public const string FindingLongRunPeakFiveK = nameof(FindingLongRunPeakFiveK);
    public const string FindingLongRunPeakTenK = nameof(FindingLongRunPeakTenK);
    public const string FindingLongRunPeakHalfMarathon = nameof(FindingLongRunPeakHalfMarathon);
    public const string FindingLongRunPeakMarathon = nameof(FindingLongRunPeakMarathon);
    public const string FindingLongRunGrowth = nameof(FindingLongRunGrowth);
    public const string FindingLongRunFuelling = nameof(FindingLongRunFuelling);
    public const string FindingLongRunPace = nameof(FindingLongRunPace);
    public const string FindingLongRunPeakWeek = nameof(FindingLongRunPeakWeek);

    // R34 race-specific quality. InBase* and NotSpecific*, one per run type (and race distance): {0} date. WarmUp*:
    // {0} date, {1} minutes. IntervalsShape: {0} date, {1} most km. TempoMinutes: {0} date, {1} minutes.
    // RacePaceSegment: {0} date, {1} minutes.
    public const string FindingRaceSpecificInBaseTempo = nameof(FindingRaceSpecificInBaseTempo);
    public const string FindingRaceSpecificInBaseVO2Intervals = nameof(FindingRaceSpecificInBaseVO2Intervals);
    public const string FindingRaceSpecificInBaseLong = nameof(FindingRaceSpecificInBaseLong);
    public const string FindingNotRaceSpecificTempoFiveK = nameof(FindingNotRaceSpecificTempoFiveK);
    public const string FindingNotRaceSpecificTempoTenK = nameof(FindingNotRaceSpecificTempoTenK);
    public const string FindingNotRaceSpecificTempoHalfMarathon = nameof(FindingNotRaceSpecificTempoHalfMarathon);
    public const string FindingNotRaceSpecificTempoMarathon = nameof(FindingNotRaceSpecificTempoMarathon);
    public const string FindingNotRaceSpecificVO2IntervalsFiveK = nameof(FindingNotRaceSpecificVO2IntervalsFiveK);
    public const string FindingNotRaceSpecificVO2IntervalsTenK = nameof(FindingNotRaceSpecificVO2IntervalsTenK);
    public const string FindingNotRaceSpecificVO2IntervalsHalfMarathon = nameof(FindingNotRaceSpecificVO2IntervalsHalfMarathon);
    public const string FindingNotRaceSpecificVO2IntervalsMarathon = nameof(FindingNotRaceSpecificVO2IntervalsMarathon);
    public const string FindingNotRaceSpecificLongFiveK = nameof(FindingNotRaceSpecificLongFiveK);
    public const string FindingNotRaceSpecificLongTenK = nameof(FindingNotRaceSpecificLongTenK);
    public const string FindingNotRaceSpecificLongHalfMarathon = nameof(FindingNotRaceSpecificLongHalfMarathon);
    public const string FindingNotRaceSpecificLongMarathon = nameof(FindingNotRaceSpecificLongMarathon);
    public const string FindingRaceWarmUpTempo = nameof(FindingRaceWarmUpTempo);
    public const string FindingRaceWarmUpVO2Intervals = nameof(FindingRaceWarmUpVO2Intervals);
    public const string FindingIntervalsShape = nameof(FindingIntervalsShape);
    public const string FindingTempoMinutes = nameof(FindingTempoMinutes);
    public const string FindingRacePaceSegment = nameof(FindingRacePaceSegment);

    // R36 taper. HardBeforeRace*, one per hard run type: {0} date, {1} days before, {2} days without. TaperMinutes:
    // {0} taper week, {1} minutes, {2} minutes before, {3} most minutes, {4} cut (0.4). TaperRuns: {0} taper week, {1}
    // runs, {2} runs before. TaperLongRun: {0} taper week, {1} minutes, {2} weeks out, {3} most minutes.
    public const string FindingHardBeforeRaceInterval = nameof(FindingHardBeforeRaceInterval);
    public const string FindingHardBeforeRaceHill = nameof(FindingHardBeforeRaceHill);
    public const string FindingHardBeforeRaceTempo = nameof(FindingHardBeforeRaceTempo);
    public const string FindingHardBeforeRaceVO2Intervals = nameof(FindingHardBeforeRaceVO2Intervals);
    public const string FindingHardBeforeRaceLong = nameof(FindingHardBeforeRaceLong);
    public const string FindingTaperMinutes = nameof(FindingTaperMinutes);
    public const string FindingTaperRuns = nameof(FindingTaperRuns);
    public const string FindingTaperLongRun = nameof(FindingTaperLongRun);

    // R37 lifting around a race. LiftBeforeRace: {0} date, {1} days before, {2} days without. LowerBodyBeforeRace: {0}
    // exercise name, {1} date, {2} days before, {3} days without. MaintenanceDose: {0} exercise name, {1} date, {2}
    // reps, {3}–{4} % TM, {5} most assistance sets.
    public const string FindingLiftBeforeRace = nameof(FindingLiftBeforeRace);
    public const string FindingLowerBodyBeforeRace = nameof(FindingLowerBodyBeforeRace);
    public const string FindingMaintenanceDose = nameof(FindingMaintenanceDose);

    // R38 race week. RaceDate: {0} planned date, {1} race date. RaceEffort: {0} RPE, {1} minutes, {2} race RPE, {3}
    // predicted minutes. RaceDayOther: {0} date. DayBefore*, one per session kind: {0}–{1} shakeout minutes.
    // AfterRace: {0} date, {1} days after, {2} recovery days. RaceCount: {0} race date, {1} races.
    public const string FindingRaceDate = nameof(FindingRaceDate);
    public const string FindingRaceEffort = nameof(FindingRaceEffort);
    public const string FindingRaceDayOther = nameof(FindingRaceDayOther);
    public const string FindingDayBeforeRaceRun = nameof(FindingDayBeforeRaceRun);
    public const string FindingDayBeforeRaceLift = nameof(FindingDayBeforeRaceLift);
    public const string FindingAfterRace = nameof(FindingAfterRace);
    public const string FindingRaceCount = nameof(FindingRaceCount);
}
