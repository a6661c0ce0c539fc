using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using K = HybridTrainer.Domain.Training.ReasonKeys;

namespace HybridTrainer.Domain.Planning;

/// <summary>
/// The "why" lines: one on why the session is in the week, one on why it sits on that day, and for runs without a
/// 5 km time one on how hard to go. Each is a <see cref="Reason"/>: the web words it in the reader's language.
/// </summary>
internal static class SessionWhy
{
    // Lines without arguments are made once: a block asks for them on most of its days, and they never change.
    private static readonly Reason _upperOnlyNearRace = new(K.WhyUpperOnlyNearRace);
    private static readonly Reason _maintenanceNearRace = new(K.WhyMaintenanceNearRace);
    private static readonly Reason _lightLongRunWeek = new(K.WhyLightLongRunWeek);
    private static readonly Reason _lightLoadIntro = new(K.WhyLightLoadIntro);
    private static readonly Reason _deloadWeek = new(K.WhyDeloadWeek);
    private static readonly Reason _fullBodyDayA = new(K.WhyFullBodyDayA);
    private static readonly Reason _fullBodyDayB = new(K.WhyFullBodyDayB);
    private static readonly Reason _upperBodyDay = new(K.WhyUpperBodyDay);
    private static readonly Reason _lowerBodyDay = new(K.WhyLowerBodyDay);
    private static readonly Reason _fullBodyDay = new(K.WhyFullBodyDay);
    private static readonly Reason _deloadSprints = new(K.WhyDeloadSprints);
    private static readonly Reason _deloadHills = new(K.WhyDeloadHills);
    private static readonly Reason _longRunTaper = new(K.WhyLongRunTaper);
    private static readonly Reason _longRun = new(K.WhyLongRun);
    private static readonly Reason _tempoTaper = new(K.WhyTempoTaper);
    private static readonly Reason _tempo = new(K.WhyTempo);
    private static readonly Reason _vo2Taper = new(K.WhyVO2Taper);
    private static readonly Reason _vo2 = new(K.WhyVO2);
    private static readonly Reason _shakeout = new(K.WhyShakeout);
    private static readonly Reason _race = new(K.WhyRace);
    private static readonly Reason _recoveryAfterRace = new(K.WhyRecoveryAfterRace);
    private static readonly Reason _recoveryRaceWeek = new(K.WhyRecoveryRaceWeek);
    private static readonly Reason _sprints = new(K.WhySprints);
    private static readonly Reason _hills = new(K.WhyHills);
    private static readonly Reason _recovery = new(K.WhyRecovery);
    private static readonly Reason _easyNovice = new(K.WhyEasyNovice);
    private static readonly Reason _easySpacing = new(K.WhyEasySpacing);
    private static readonly Reason _easyLoadGuard = new(K.WhyEasyLoadGuard);
    private static readonly Reason _steady = new(K.WhySteady);
    private static readonly Reason _spacedFromHard = new(K.DaySpacedFromHard);
    private static readonly Reason _available = new(K.DayAvailable);
    private static readonly Reason _liftAfterHeavyLegs = new(K.DayLiftAfterHeavyLegs);
    private static readonly Reason _runAfterHeavyLegs = new(K.DayRunAfterHeavyLegs);
    private static readonly Reason _sprintsNoFiveKm = new(K.EffortSprintsNoFiveKm);
    private static readonly Reason _hillsEffort = new(K.EffortHills);
    private static readonly Reason _byFeelRecovery = ByFeel(R15EasyRunPrescription.RecoveryRpe);
    private static readonly Reason _byFeelSteady = ByFeel(R15EasyRunPrescription.SteadyRpe);

    // The day line after a hard run, for a lift or a run today, indexed by the run's type (the last entry: no type).
    private static readonly (Reason Lift, Reason Run)[] _afterHardRun = AfterHardRunLines();

    public static Reason[] For(SessionDraft draft, SessionDraft? yesterday, bool twoLiftDays, bool hasPaces, HeartRateZones? heartRate)
    {
        var what = What(draft, twoLiftDays);
        var day = Day(draft, yesterday);
        var effort = hasPaces || draft.IsLift ? null : Effort(draft, heartRate);
        return effort is null ? [what, day] : [what, day, effort];
    }

    private static Reason What(SessionDraft draft, bool twoLiftDays)
    {
        if (draft.IsLift)
        {
            if (draft.UpperOnly)
            {
                return _upperOnlyNearRace;
            }

            if (draft.Maintenance)
            {
                return _maintenanceNearRace;
            }

            if (draft.LongRunLight)
            {
                return _lightLongRunWeek;
            }

            if (draft.LiftIntro)
            {
                return _lightLoadIntro;
            }

            if (draft.LiftDeload)
            {
                return _deloadWeek;
            }

            return (draft.Role, twoLiftDays) switch
            {
                (SlotRole.LiftA, true) => _fullBodyDayA,
                (SlotRole.LiftB, true) => _fullBodyDayB,
                (SlotRole.LiftUpper, _) => _upperBodyDay,
                (SlotRole.LiftA, false) => _lowerBodyDay,
                _ => _fullBodyDay,
            };
        }

        if (draft.DeloadQuality)
        {
            return draft.RunType == RunType.Interval ? _deloadSprints : _deloadHills;
        }

        return draft.RunType switch
        {
            RunType.Long when draft.RacePaceMinutes > 0 => new(K.WhyLongRunRacePace, ReasonArguments.Of(draft.RacePaceMinutes)),
            RunType.Long when draft.TaperWeek > 0 => _longRunTaper,
            RunType.Long => _longRun,
            RunType.Tempo when draft.TaperHalf => _tempoTaper,
            RunType.Tempo => _tempo,
            RunType.VO2Intervals when draft.TaperHalf => _vo2Taper,
            RunType.VO2Intervals => _vo2,
            RunType.Shakeout => _shakeout,
            RunType.Race => _race,
            RunType.Recovery when draft.AfterRace => _recoveryAfterRace,
            RunType.Recovery when draft.TaperWeek > 0 => _recoveryRaceWeek,
            RunType.Interval => _sprints,
            RunType.Hill => _hills,
            RunType.Recovery => _recovery,
            _ => draft.QualityChange switch
            {
                QualityChange.NoviceGate => _easyNovice,
                QualityChange.Spacing => _easySpacing,
                QualityChange.LoadGuard => _easyLoadGuard,
                _ => _steady,
            },
        };
    }

    private static Reason Day(SessionDraft draft, SessionDraft? yesterday)
    {
        if (draft.IsHard)
        {
            return _spacedFromHard;
        }

        if (yesterday is { IsHard: true })
        {
            if (yesterday.IsLift)
            {
                return draft.IsLift ? _liftAfterHeavyLegs : _runAfterHeavyLegs;
            }

            var lines = _afterHardRun[yesterday.RunType is { } type && (int)type < _afterHardRun.Length - 1 ? (int)type : _afterHardRun.Length - 1];
            return draft.IsLift ? lines.Lift : lines.Run;
        }

        return _available;
    }

    // The hard run named as the athlete knows it (each its own sentence, with the rules that space it from the next hard effort).
    private static (string Lift, string Run) HardRun(RunType? type) => type switch
    {
        RunType.Interval => (K.DayLiftAfterSprints, K.DayRunAfterSprints),
        RunType.Hill => (K.DayLiftAfterHills, K.DayRunAfterHills),
        RunType.Tempo => (K.DayLiftAfterTempo, K.DayRunAfterTempo),
        RunType.VO2Intervals => (K.DayLiftAfterVO2, K.DayRunAfterVO2),
        RunType.Long => (K.DayLiftAfterLongRun, K.DayRunAfterLongRun),
        RunType.Race => (K.DayLiftAfterRace, K.DayRunAfterRace),
        _ => (K.DayLiftAfterHardSession, K.DayRunAfterHardSession),
    };

    private static Reason? Effort(SessionDraft draft, HeartRateZones? heartRate)
    {
        if (draft.RunType is RunType.Interval)
        {
            return _sprintsNoFiveKm;
        }

        if (draft.RunType is RunType.Hill)
        {
            return _hillsEffort;
        }

        var band = draft.RunType == RunType.Recovery ? heartRate?.Recovery : heartRate?.Steady;
        var rpe = draft.RunType == RunType.Recovery ? R15EasyRunPrescription.RecoveryRpe : R15EasyRunPrescription.SteadyRpe;
        if (band is null)
        {
            return draft.RunType == RunType.Recovery ? _byFeelRecovery : _byFeelSteady;
        }

        return new(K.EffortHeartRate, ReasonArguments.Of(rpe), ReasonArguments.Of(band.LowBpm), ReasonArguments.Of(band.HighBpm));
    }

    private static Reason ByFeel(int rpe) => new(K.EffortByFeel, ReasonArguments.Of(rpe));

    private static (Reason Lift, Reason Run)[] AfterHardRunLines()
    {
        var types = Enum.GetValues<RunType>();
        var lines = new (Reason Lift, Reason Run)[types.Length + 1];
        for (var i = 0; i < lines.Length; i++)
        {
            var (lift, run) = HardRun(i < types.Length ? types[i] : null);
            lines[i] = (new Reason(lift), new Reason(run));
        }

        return lines;
    }
}
