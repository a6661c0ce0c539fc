using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Builds one block week by week; holds what carries from week to week (baselines, counters, loads).</summary>
internal sealed partial class BlockBuilder
{
    private readonly AthleteProfile _profile;
    private readonly TrainingHistory _history;
    private readonly DateOnly _start;
    private readonly int _weekCount;
    private readonly int _availableDays;
    private readonly bool _twoLiftDays;
    private readonly WeekLayout _layout;
    private readonly ZonePaces? _paces;
    private readonly HeartRateZones? _heartRate;
    private readonly RunSessionFactory _runs;
    private readonly ShoeRotation _shoes;
    private readonly List<PlanWarning> _warnings = [];
    private HashSet<string>? _warned;
    private readonly List<int> _loads;
    private int? _baselineRunMinutes;
    private int _intervalNumber;
    private int _hillNumber;
    private readonly double? _vdot;
    private SessionDraft?[]? _previousWeek;
    private bool _qualitySoftened;
    private int _lightenedInARow;
    private readonly int _deloadQualityOffset;
    private readonly RacePlan? _race;

    public BlockBuilder(BlockRequest request)
    {
        _profile = request.Profile;
        _history = request.History ?? TrainingHistory.Empty;
        _start = request.StartDate;
        _weekCount = request.Weeks;
        var dayMask = PlanView.DayMask(_profile.AvailableDays);
        _availableDays = System.Numerics.BitOperations.PopCount((uint)dayMask);
        _twoLiftDays = R02SessionAllocation.For(_availableDays, qualityAllowed: true).LiftSessions == 2;
        _layout = WeekLayout.Build(OffsetMask(dayMask, _start), _availableDays);
        _deloadQualityOffset = DeloadQualityOffset(_layout);
        var vdot = _profile.FiveKmTime is { } fiveKm ? Rules.Vdot.FromRace(Rules.Vdot.FiveKmMeters, fiveKm) : (double?)null;
        _paces = vdot is { } v ? R15EasyRunPrescription.PacesFor(v) : null;
        _heartRate = HeartRateFormulas.ZonesFor(_profile.BirthYear, _profile.RestingHeartRate, _start);
        _race = request.Race is { } goal && vdot is { } current ? R39RacePrediction.PlanFor(goal, current) : null;
        _runs = new RunSessionFactory(_paces, _heartRate) { Race = _race };
        _shoes = new ShoeRotation(_profile.Shoes);
        // Sized for the history and every week of the block: the list never grows.
        _loads = new List<int>(_history.WeeklyLoadsAu.Count + _weekCount);
        _loads.AddRange(_history.WeeklyLoadsAu);
        _baselineRunMinutes = _history.WeeklyRunMinutes.Count > 0 ? _history.WeeklyRunMinutes[^1] : null;
        _intervalNumber = _history.IntervalSessionsDone;
        _hillNumber = _history.HillSessionsDone;
        _vdot = vdot;
        if (_race is not null)
        {
            _longPlan = LongRunPlan();
        }
    }

    public TrainingBlock Build()
    {
        var startMaxes = StartingMaxes();
        var weeks = new TrainingWeek[_weekCount];
        for (var w = 1; w <= _weekCount; w++)
        {
            var maxes = R22CycleProgression.ForWeek(startMaxes, w);
            var drafts = Draft(w);
            var weekStart = _start.AddDays((w - 1) * 7);
            TrainingPhase? phase = _race is null ? null : R32RacePhases.PhaseOf(w, _weekCount, _race.Goal.Distance);
            if (phase is { } racePhase)
            {
                RaceWeek(drafts, w, weekStart, racePhase);
            }

            if (phase == TrainingPhase.Taper)
            {
                FitTaper(drafts, w - (_weekCount - TaperWeeks));
            }
            else
            {
                SizeEasyRuns(drafts, w);
            }

            // The race week holds the race, a planned all-out effort: R36 and R38 shape it, not the load guards.
            if (_race is null || w < _weekCount)
            {
                GuardLoad(drafts, w);
                EaseMonotony(drafts, w);
            }

            if (_race is not null)
            {
                FitRacePaceSegment(drafts);
            }

            var sessions = Materialize(drafts, w, weekStart, maxes);
            AdviseRepetitionVolume(sessions, w);
            var week = new TrainingWeek(w, R24Deload.WaveWeek(w), weekStart, maxes, sessions) { Phase = phase };
            if (phase is { } trackedPhase)
            {
                TrackRaceWeek(week, trackedPhase);
            }

            _loads.Add(week.PlannedLoadAu);
            if (!R24Deload.IsDeloadWeek(w))
            {
                _baselineRunMinutes = week.PlannedRunMinutes;
            }

            weeks[w - 1] = week;
        }

        AddShoeWarnings();
        if (_race is not null)
        {
            AddRaceWarnings();
        }

        if (_qualitySoftened)
        {
            _warnings.Add(new PlanWarning(R05HardEasySpacing.Id, new Reason(ReasonKeys.WarningQualitySoftened)));
        }

        return new TrainingBlock(_start, _vdot, _paces, _heartRate, startMaxes, R25Protein.For(_profile.BodyWeightKg),
            R26SleepTarget.For(_profile.BirthYear, _start), weeks, _warnings)
        {
            Race = _race,
        };
    }

    private static int OffsetMask(int dayMask, DateOnly start)
    {
        var mask = 0;
        for (var offset = 0; offset < 7; offset++)
        {
            if ((dayMask & (1 << (((int)start.DayOfWeek + offset) % 7))) != 0)
            {
                mask |= 1 << offset;
            }
        }

        return mask;
    }

    private TrainingMaxes StartingMaxes()
    {
        var lifts = _profile.Lifts;
        var previous = _history.PreviousTrainingMaxes;
        var maxes = previous is null
            ? new TrainingMaxes(
                R19TrainingMax.TrainingMax(lifts.Squat),
                R19TrainingMax.TrainingMax(lifts.BenchPress),
                R19TrainingMax.TrainingMax(lifts.Deadlift),
                R19TrainingMax.TrainingMax(lifts.OverheadPress))
            : previous;
        foreach (var lift in Enum.GetValues<MainLift>())
        {
            if (R22CycleProgression.HasStalled(lift, _history.AmrapResults, _start))
            {
                maxes = maxes.With(lift, R22CycleProgression.StallFactor * maxes.For(lift));
                _warnings.Add(new PlanWarning(R22CycleProgression.Id, new Reason(AmrapShortKey(lift))));
            }
            else if (previous is not null && _history.PreviousWaveCompleted)
            {
                maxes = maxes.With(lift, maxes.For(lift) + R22CycleProgression.IncrementFor(lift));
            }
        }

        return maxes;
    }
}
