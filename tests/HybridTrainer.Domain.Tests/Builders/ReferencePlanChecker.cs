using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Tests.Builders;

/// <summary>
/// The plan checker as it was before it was tuned for speed: one straightforward pass per rule over the sorted
/// sessions. Kept as an oracle so the fast checker is proved to report exactly the same violations, in the same
/// order, with the same sessions, reason keys and arguments. Built only on the rules' public constants and formulas.
/// </summary>
public static class ReferencePlanChecker
{
    public static IReadOnlyList<RuleViolation> Check(TrainingBlock plan, AthleteProfile profile, TrainingHistory? history = null)
    {
        var view = new View(plan, profile, history ?? TrainingHistory.Empty);
        R01(view);
        R02(view);
        R03(view);
        R04(view);
        R05(view);
        R06(view);
        R07(view);
        R08(view);
        R09(view);
        R10(view);
        R11(view);
        R12(view);
        R13(view);
        R15(view);
        R16(view);
        R17(view);
        R18(view);
        R20(view);
        R21(view);
        R23(view);
        R24(view);
        R28(view);
        R29(view);
        R30(view);
        return view.Violations;
    }

    private sealed class View
    {
        public View(TrainingBlock block, AthleteProfile profile, TrainingHistory history)
        {
            Block = block;
            Profile = profile;
            History = history;
            WeekCount = block.Weeks.Count;
            foreach (var day in profile.AvailableDays)
            {
                AvailableMask |= 1 << (int)day;
            }

            // OrderBy is a stable sort: sessions on one date keep their order in the block.
            Sessions = [.. block.Weeks.SelectMany(w => w.Sessions).OrderBy(s => s.Date)];
            Week = new int[Sessions.Length];
            Offset = new int[Sessions.Length];
            WeekLoad = new int[WeekCount];
            WeekRunMinutes = new int[WeekCount];
            PlannedWeekLoad = new int[WeekCount];
            PlannedWeekRunMinutes = new int[WeekCount];
            for (var i = 0; i < Sessions.Length; i++)
            {
                var days = Sessions[i].Date.DayNumber - block.StartDate.DayNumber;
                var week = days >= 0 ? days / 7 : -1;
                Week[i] = week < WeekCount ? week : -1;
                Offset[i] = ((days % 7) + 7) % 7;
                if (Week[i] < 0)
                {
                    continue;
                }

                var session = Sessions[i];
                var planned = session.AsPlanned();
                WeekLoad[Week[i]] += session.LoadAu;
                PlannedWeekLoad[Week[i]] += planned.LoadAu;
                WeekRunMinutes[Week[i]] += session.Kind == SessionKind.Run ? session.DurationMinutes : 0;
                PlannedWeekRunMinutes[Week[i]] += planned.Kind == SessionKind.Run ? planned.DurationMinutes : 0;
            }
        }

        public TrainingBlock Block { get; }

        public AthleteProfile Profile { get; }

        public TrainingHistory History { get; }

        public int WeekCount { get; }

        public int AvailableMask { get; }

        public PlannedSession[] Sessions { get; }

        public int[] Week { get; }

        public int[] Offset { get; }

        public int[] WeekLoad { get; }

        public int[] WeekRunMinutes { get; }

        public int[] PlannedWeekLoad { get; }

        public int[] PlannedWeekRunMinutes { get; }

        public List<RuleViolation> Violations { get; } = [];

        public bool IsAvailable(DateOnly date) => (AvailableMask & (1 << (int)date.DayOfWeek)) != 0;

        public void Add(string rule, Reason reason, params PlannedSession[] sessions) =>
            Violations.Add(new RuleViolation(rule, sessions, reason));
    }

    private static void R01(View plan)
    {
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (session.IsQualityRun && plan.Week[i] >= 0 && !R01NoviceGate.QualityRunsAllowed(plan.Profile.RunningBaseWeeks, plan.Week[i] + 1))
            {
                plan.Add(R01NoviceGate.Id, new Reason("FindingNoviceQuality" + session.RunType, Of(session.Date)), session);
            }
        }
    }

    private static void R02(View plan)
    {
        var days = System.Numerics.BitOperations.PopCount((uint)plan.AvailableMask);
        var lifts = new int[plan.WeekCount];
        var runs = new int[plan.WeekCount];
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (plan.Week[i] < 0)
            {
                plan.Add(R02SessionAllocation.Id, new Reason(ReasonKeys.FindingSessionOutsideBlock, Of(session.Date)), session);
                continue;
            }

            if (!plan.IsAvailable(session.Date))
            {
                plan.Add(R02SessionAllocation.Id, new Reason(ReasonKeys.FindingSessionUnavailableDay, Of(session.Date)), session);
            }

            if (session.Kind == SessionKind.Lift) { lifts[plan.Week[i]]++; } else { runs[plan.Week[i]]++; }
        }

        if (days is < R02SessionAllocation.MinimumDays or > R02SessionAllocation.MaximumDays)
        {
            return;
        }

        var expected = R02SessionAllocation.For(days, qualityAllowed: true);
        for (var w = 0; w < plan.WeekCount; w++)
        {
            if (lifts[w] != expected.LiftSessions || runs[w] != expected.RunSessions || lifts[w] + runs[w] > expected.TrainingDays)
            {
                plan.Add(R02SessionAllocation.Id, new Reason(ReasonKeys.FindingWeekSessionCount, Of(w + 1), Of(lifts[w]), Of(runs[w]), Of(days), Of(expected.LiftSessions), Of(expected.RunSessions), Of(expected.TrainingDays)));
            }
        }
    }

    private static void R03(View plan)
    {
        var seen = new int[plan.WeekCount];
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            var week = plan.Week[i];
            if (!session.IsQualityRun || week < 0)
            {
                continue;
            }

            if (++seen[week] > R03AlternatingQualityRun.MaxQualityRunsPerWeek)
            {
                plan.Add(R03AlternatingQualityRun.Id, new Reason(ReasonKeys.FindingQualityRunsTooMany, Of(week + 1)), session);
            }

            var expected = R03AlternatingQualityRun.QualityRunFor(week + 1);
            if (session.RunType != expected)
            {
                plan.Add(R03AlternatingQualityRun.Id, new Reason("Finding" + expected + "Week", Of(week + 1)), session);
            }
        }
    }

    private static void R04(View plan)
    {
        var counts = new int[plan.WeekCount * 5];
        var adjusted = new bool[plan.WeekCount];
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var week = plan.Week[i];
            if (week < 0)
            {
                continue;
            }

            adjusted[week] |= plan.Sessions[i].Adjustment is not null;
            foreach (var exercise in plan.Sessions[i].Exercises)
            {
                if (exercise is { Role: ExerciseRole.Main, MainLift: { } lift })
                {
                    counts[(week * 5) + (int)lift]++;
                }
                else if (exercise.Name == R04LiftSplit.LungeName)
                {
                    counts[(week * 5) + 4]++;
                }
            }
        }

        for (var w = 0; w < plan.WeekCount; w++)
        {
            for (var lift = 0; lift < 4; lift++)
            {
                var count = counts[(w * 5) + lift];
                if (count > 1 || (count == 0 && !adjusted[w]))
                {
                    plan.Add(R04LiftSplit.Id, new Reason("FindingMainLiftCount" + (MainLift)lift, Of(w + 1), Of(count)));
                }
            }

            if (counts[(w * 5) + 4] == 0 && !adjusted[w])
            {
                plan.Add(R04LiftSplit.Id, new Reason(ReasonKeys.FindingNoLunges, Of(w + 1)));
            }
        }
    }

    private static void R05(View plan)
    {
        PlannedSession? previous = null;
        var firstDayHard = Enumerable.Repeat(-1, plan.WeekCount).ToArray();
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (!session.HardOnLegs)
            {
                continue;
            }

            if (previous is not null && session.Date.DayNumber - previous.Date.DayNumber < R05HardEasySpacing.MinimumDaysBetweenHardSessions)
            {
                plan.Add(R05HardEasySpacing.Id, new Reason(ReasonKeys.FindingHardDaysAdjacent, Of(previous.Date), Of(session.Date)), previous, session);
            }

            previous = session;
            var week = plan.Week[i];
            if (week < 0)
            {
                continue;
            }

            if (plan.Offset[i] == 0)
            {
                firstDayHard[week] = i;
            }
            else if (plan.Offset[i] == 6 && firstDayHard[week] >= 0)
            {
                var first = plan.Sessions[firstDayHard[week]];
                plan.Add(R05HardEasySpacing.Id, new Reason(ReasonKeys.FindingHardWeekEnds, Of(week + 1), Of(first.Date), Of(session.Date)), first, session);
            }
        }
    }

    private static void R06(View plan)
    {
        var sessions = plan.Sessions;
        for (var i = 1; i < sessions.Length; i++)
        {
            for (var j = i - 1; j >= 0 && sessions[j].Date == sessions[i].Date; j--)
            {
                var (a, b) = (sessions[j], sessions[i]);
                var pair = (a.IsQualityRun && b.HardOnLegs && b.Kind == SessionKind.Lift)
                    || (b.IsQualityRun && a.HardOnLegs && a.Kind == SessionKind.Lift);
                if (pair)
                {
                    plan.Add(R06LegRestAfterSeries.Id, new Reason("FindingLegsShareDay" + (a.IsQualityRun ? a.RunType : b.RunType), Of(a.Date), Of(R06LegRestAfterSeries.MinimumHoursBetween)), a, b);
                }
            }
        }
    }

    private static void R07(View plan)
    {
        var sessions = plan.Sessions;
        var start = 0;
        while (start < sessions.Length)
        {
            var end = start + 1;
            while (end < sessions.Length && sessions[end].Date == sessions[start].Date)
            {
                end++;
            }

            var count = end - start;
            if (count > 2 || (count == 2 && !R07SameDayDoubles.IsAllowedPair(sessions[start], sessions[start + 1])))
            {
                plan.Add(R07SameDayDoubles.Id, new Reason(ReasonKeys.FindingDoubleDay, Of(count), Of(sessions[start].Date), Of(R07SameDayDoubles.MinimumHoursApart)), sessions[start..end]);
            }

            start = end;
        }
    }

    private static void R08(View plan)
    {
        var hard = new double[plan.WeekCount];
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            if (plan.Week[i] >= 0)
            {
                hard[plan.Week[i]] += R08IntensityDistribution.HardMinutes(plan.Sessions[i]);
            }
        }

        for (var w = 0; w < plan.WeekCount; w++)
        {
            var total = plan.WeekRunMinutes[w];
            if (total > 0 && (total - hard[w]) / total < R08IntensityDistribution.MinimumEasyMinutesShare)
            {
                plan.Add(R08IntensityDistribution.Id, new Reason(ReasonKeys.FindingEasyShareLow, Of(w + 1), Of(hard[w], "0"), Of(total), Of(R08IntensityDistribution.MinimumEasyMinutesShare)));
            }
        }
    }

    private static void R09(View plan)
    {
        foreach (var session in plan.Sessions)
        {
            if (session.RunType != RunType.Interval || session.Run is not { } run)
            {
                continue;
            }

            if (run.RepetitionDistanceMeters is not { } distance || !R09SeriesDistance.AllowedDistancesMeters.Contains(distance))
            {
                plan.Add(R09SeriesDistance.Id, new Reason(ReasonKeys.FindingSprintDistance, Of(session.Date)), session);
            }
            else if (plan.Block.Paces is { } paces && run.RepetitionSeconds > R09SeriesDistance.RepetitionSeconds(paces.RepetitionSecondsPerKm, distance))
            {
                plan.Add(R09SeriesDistance.Id, new Reason(ReasonKeys.FindingSprintTooSlow, Of(session.Date), Of(run.RepetitionSeconds), Of(distance)), session);
            }

            if (run.TargetRpe < R09SeriesDistance.MinimumRepetitionRpe)
            {
                plan.Add(R09SeriesDistance.Id, new Reason(ReasonKeys.FindingSprintRpeLow, Of(session.Date), Of(run.TargetRpe), Of(R09SeriesDistance.MinimumRepetitionRpe)), session);
            }
        }
    }

    private static void R10(View plan)
    {
        var number = plan.History.IntervalSessionsDone;
        foreach (var session in plan.Sessions)
        {
            if (session.AsPlanned().RunType != RunType.Interval)
            {
                continue;
            }

            number++;
            if (session.RunType != RunType.Interval)
            {
                continue;
            }

            var reps = session.Run?.Repetitions ?? 0;
            if (reps > R10SeriesCount.MaxRepetitionsFor(number))
            {
                plan.Add(R10SeriesCount.Id, new Reason(ReasonKeys.FindingSprintRepsTooMany, Of(session.Date), Of(reps), Of(R10SeriesCount.MaxRepetitionsFor(number))), session);
            }
        }
    }

    private static void R11(View plan)
    {
        foreach (var session in plan.Sessions)
        {
            if (session.RunType == RunType.Interval && session.Run is { } run
                && !R11NearCompleteRest.IsEnough(run.RepetitionSeconds ?? 0, run.RestSeconds ?? 0))
            {
                plan.Add(R11NearCompleteRest.Id, new Reason(ReasonKeys.FindingSprintRestShort, Of(session.Date), Of(run.RestSeconds ?? 0), Of(run.RepetitionSeconds ?? 0)), session);
            }
        }
    }

    private static void R12(View plan)
    {
        var number = plan.History.HillSessionsDone;
        foreach (var session in plan.Sessions)
        {
            if (session.AsPlanned().RunType != RunType.Hill)
            {
                continue;
            }

            number++;
            if (session.RunType != RunType.Hill)
            {
                continue;
            }

            var run = session.Run;
            var reps = run?.Repetitions ?? 0;
            var seconds = run?.RepetitionSeconds ?? 0;
            var maxReps = number == 1 ? R12HillRepeats.FirstSessionMaxRepetitions : R12HillRepeats.MaxRepetitions;
            if (reps < R12HillRepeats.MinRepetitions || reps > maxReps)
            {
                plan.Add(R12HillRepeats.Id, new Reason(ReasonKeys.FindingHillReps, Of(session.Date), Of(reps), Of(R12HillRepeats.MinRepetitions), Of(maxReps)), session);
            }

            if (seconds is < R12HillRepeats.MinRepetitionSeconds or > R12HillRepeats.MaxRepetitionSeconds)
            {
                plan.Add(R12HillRepeats.Id, new Reason(ReasonKeys.FindingHillSeconds, Of(session.Date), Of(seconds), Of(R12HillRepeats.MinRepetitionSeconds), Of(R12HillRepeats.MaxRepetitionSeconds)), session);
            }

            if ((run?.RestSeconds ?? 0) < seconds)
            {
                plan.Add(R12HillRepeats.Id, new Reason(ReasonKeys.FindingHillJogBack, Of(session.Date)), session);
            }
        }
    }

    private static void R13(View plan)
    {
        foreach (var session in plan.Sessions)
        {
            if (session.IsQualityRun && (session.Run is not { } run || run.WarmUpMinutes < R13WarmUpCoolDown.MinimumMinutes || run.CoolDownMinutes < R13WarmUpCoolDown.MinimumMinutes))
            {
                plan.Add(R13WarmUpCoolDown.Id, new Reason("FindingWarmUp" + session.RunType, Of(session.Date), Of(R13WarmUpCoolDown.MinimumMinutes)), session);
            }
        }
    }

    private static void R15(View plan)
    {
        foreach (var session in plan.Sessions)
        {
            if (!session.IsEasyRun)
            {
                continue;
            }

            var type = session.RunType!.Value;
            var min = R15EasyRunPrescription.MinMinutes(type);
            var max = R15EasyRunPrescription.MaxMinutes(type);
            if (session.DurationMinutes < min || session.DurationMinutes > max)
            {
                plan.Add(R15EasyRunPrescription.Id, new Reason("FindingEasyLength" + type, Of(session.Date), Of(session.DurationMinutes), Of(min), Of(max)), session);
            }

            if (type == RunType.Recovery && plan.Block.Paces is { } paces && session.Run?.Pace is { } pace
                && pace.FastSecondsPerKm < paces.Steady.SlowSecondsPerKm)
            {
                plan.Add(R15EasyRunPrescription.Id, new Reason(ReasonKeys.FindingRecoveryTooFast, Of(session.Date)), session);
            }
        }
    }

    private static void R16(View plan)
    {
        var floor = new int[plan.WeekCount];
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            if (plan.Week[i] >= 0 && plan.Sessions[i].Kind == SessionKind.Run)
            {
                floor[plan.Week[i]] += R16VolumeProgression.FloorMinutes(plan.Sessions[i]);
            }
        }

        var runHistory = plan.History.WeeklyRunMinutes;
        int? previous = runHistory.Count > 0 ? runHistory[^1] : null;
        for (var w = 0; w < plan.WeekCount; w++)
        {
            if (R24Deload.IsDeloadWeek(w + 1))
            {
                continue;
            }

            var minutes = plan.WeekRunMinutes[w];
            if (previous is { } p && minutes > Math.Max(R16VolumeProgression.HardLimit(p), floor[w]))
            {
                plan.Add(R16VolumeProgression.Id, new Reason(ReasonKeys.FindingVolumeRise, Of(w + 1), Of(minutes), Of(p), Of(R16VolumeProgression.HardMaxRise), Of(Math.Max(R16VolumeProgression.HardLimit(p), floor[w]))));
            }

            previous = plan.PlannedWeekRunMinutes[w];
        }
    }

    private static void R17(View plan)
    {
        var history = plan.History.WeeklyLoadsAu;
        for (var w = 0; w < plan.WeekCount; w++)
        {
            if (history.Count + w < R17AcuteChronicRatio.PreviousWeeksNeeded)
            {
                continue;
            }

            var sum = 0;
            for (var k = 1; k <= R17AcuteChronicRatio.PreviousWeeksNeeded; k++)
            {
                var index = w - k;
                sum += index >= 0 ? plan.PlannedWeekLoad[index] : history[history.Count + index];
            }

            var ratio = R17AcuteChronicRatio.Ratio(sum, plan.WeekLoad[w]);
            var week = w;
            if (ratio >= R17AcuteChronicRatio.RejectAt && plan.Sessions.Where((s, i) => plan.Week[i] == week).Any(s => s.HardOnLegs))
            {
                plan.Add(R17AcuteChronicRatio.Id, new Reason(ReasonKeys.FindingAcwrHigh, Of(w + 1), Of(plan.WeekLoad[w]), Of(sum / 3), Of(ratio, "0.00"), Of(R17AcuteChronicRatio.RejectAt), Of(R17AcuteChronicRatio.MaxNextWeekLoad(sum, R17AcuteChronicRatio.UpperBound), "0")));
            }
        }
    }

    private static void R18(View plan)
    {
        var daily = new int[plan.WeekCount * 7];
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            if (plan.Week[i] >= 0)
            {
                daily[(plan.Week[i] * 7) + plan.Offset[i]] += plan.Sessions[i].AsPlanned().LoadAu;
            }
        }

        for (var w = 0; w < plan.WeekCount; w++)
        {
            var monotony = R18LoadAndMonotony.Monotony(daily.AsSpan(w * 7, 7));
            if (monotony > R18LoadAndMonotony.MaxMonotony)
            {
                plan.Add(R18LoadAndMonotony.Id, new Reason(ReasonKeys.FindingMonotonyHigh, Of(w + 1), Of(monotony, "0.00"), Of(R18LoadAndMonotony.MaxMonotony)));
            }
        }
    }

    private static void R20(View plan)
    {
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (session.Kind != SessionKind.Lift || plan.Week[i] < 0)
            {
                continue;
            }

            var waveWeek = session.IsDeload ? R24Deload.DeloadWaveWeek : R24Deload.WaveWeek(plan.Week[i] + 1);
            var maxes = plan.Block.Weeks[plan.Week[i]].TrainingMaxes;
            foreach (var exercise in session.Exercises)
            {
                if (exercise is { Role: ExerciseRole.Main, MainLift: { } lift } && !Matches(exercise.Sets, waveWeek, maxes.For(lift)))
                {
                    plan.Add(R20WeekPercentages.Id, new Reason(ReasonKeys.FindingWaveMismatch, [exercise.Name, Of(session.Date), Of(waveWeek), .. Enumerable.Range(0, 3).Select(set => Of(R20WeekPercentages.Percent(waveWeek, set))), .. Enumerable.Range(0, 3).Select(set => Of(R20WeekPercentages.Reps(waveWeek, set)))]), session);
                }
            }
        }

        static bool Matches(IReadOnlyList<ExerciseSet> sets, int waveWeek, decimal trainingMax) =>
            sets.Count == 3 && Enumerable.Range(0, 3).All(s =>
                sets[s].PercentOfTrainingMax == R20WeekPercentages.Percent(waveWeek, s)
                && sets[s].Reps == R20WeekPercentages.Reps(waveWeek, s)
                && sets[s].Amrap == R20WeekPercentages.IsAmrap(waveWeek, s)
                && sets[s].WeightKg == Math.Round(R20WeekPercentages.Percent(waveWeek, s) * trainingMax * 0.004m, MidpointRounding.AwayFromZero) * R21LoadRounding.IncrementKg);
    }

    private static void R21(View plan)
    {
        foreach (var session in plan.Sessions)
        {
            foreach (var exercise in session.Exercises)
            {
                // Exact decimal arithmetic: the load is a whole number of 2.5 kg steps.
                var off = exercise.Sets.FirstOrDefault(s => s.WeightKg is { } kg && kg / R21LoadRounding.IncrementKg != decimal.Truncate(kg / R21LoadRounding.IncrementKg));
                if (off is not null)
                {
                    plan.Add(R21LoadRounding.Id, new Reason(ReasonKeys.FindingLoadRounding, exercise.Name, Of(session.Date), Of(off.WeightKg!.Value), Of(R21LoadRounding.IncrementKg)), session);
                }
            }
        }
    }

    private static void R23(View plan)
    {
        foreach (var session in plan.Sessions)
        {
            foreach (var exercise in session.Exercises)
            {
                if (exercise is not { Role: ExerciseRole.Supplemental, MainLift: { } lift })
                {
                    continue;
                }

                var reps = R23SupplementalVolume.IsUpper(lift) ? R23SupplementalVolume.BoringButBigReps : R23SupplementalVolume.FirstSetLastReps;
                if (exercise.Sets.Count > R23SupplementalVolume.Sets || exercise.Sets.Select(s => s.Reps).DefaultIfEmpty(0).Max() > reps)
                {
                    plan.Add(R23SupplementalVolume.Id, new Reason(ReasonKeys.FindingSupplementalVolume, exercise.Name, Of(session.Date), Of(R23SupplementalVolume.Sets), Of(reps)), session);
                }
            }
        }
    }

    private static void R24(View plan)
    {
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            var deload = session.IsDeload || (plan.Week[i] >= 0 && R24Deload.IsDeloadWeek(plan.Week[i] + 1));
            if (session.Kind != SessionKind.Lift || !deload)
            {
                continue;
            }

            foreach (var exercise in session.Exercises)
            {
                if (exercise.Role == ExerciseRole.Supplemental || exercise.Sets.Any(s => s.Amrap))
                {
                    plan.Add(R24Deload.Id, new Reason(ReasonKeys.FindingDeloadTooHeavy, exercise.Name, Of(session.Date)), session);
                }
            }
        }
    }

    private static Shoe? FindShoe(IReadOnlyList<Shoe> shoes, string? id) => id is null ? null : shoes.FirstOrDefault(s => s.Id == id);

    private static void R28(View plan)
    {
        var shoes = plan.Profile.Shoes;
        if (shoes.Count == 0)
        {
            return;
        }

        var runs = new int[plan.WeekCount];
        var minimalist = new int[plan.WeekCount];
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (session.Kind != SessionKind.Run || plan.Week[i] < 0)
            {
                continue;
            }

            runs[plan.Week[i]]++;
            if (FindShoe(shoes, session.ShoeId)?.Kind != ShoeKind.Minimalist)
            {
                continue;
            }

            minimalist[plan.Week[i]]++;
            if (!R28ShoeRotation.MinimalistAllowed(session))
            {
                plan.Add(R28ShoeRotation.Id, new Reason("FindingMinimalist" + (session.RunType?.ToString() ?? "Run"), Of(session.Date), Of(R28ShoeRotation.MinimalistMaxMinutes)), session);
            }
        }

        for (var w = 0; w < plan.WeekCount; w++)
        {
            if (minimalist[w] > R28ShoeRotation.MaxMinimalistRuns(runs[w]))
            {
                plan.Add(R28ShoeRotation.Id, new Reason(ReasonKeys.FindingMinimalistShare, Of(w + 1), Of(minimalist[w]), Of(runs[w]), Of(R28ShoeRotation.MinimalistShareDenominator)));
            }
        }
    }

    private static void R29(View plan)
    {
        foreach (var session in plan.Sessions)
        {
            if (FindShoe(plan.Profile.Shoes, session.ShoeId) is { } shoe && R29ShoeRetirement.IsRetired(shoe))
            {
                plan.Add(R29ShoeRetirement.Id, new Reason(ReasonKeys.FindingShoeRetired, shoe.Name, Of(shoe.Km, "0"), Of(R29ShoeRetirement.RetireKm, "0"), Of(session.Date)), session);
            }
        }
    }

    private static void R30(View plan)
    {
        var runs = new int[plan.WeekCount];
        var recovery = new int[plan.WeekCount];
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (session.Kind == SessionKind.Lift && session.HardOnLegs && string.IsNullOrEmpty(session.FoamRollingPrompt))
            {
                plan.Add(R30RecoveryPrompts.Id, new Reason(ReasonKeys.FindingNoFoamRolling, Of(session.Date)), session);
            }

            if (session.Kind == SessionKind.Run && plan.Week[i] >= 0)
            {
                runs[plan.Week[i]]++;
                recovery[plan.Week[i]] += session.RunType == RunType.Recovery ? 1 : 0;
            }
        }

        for (var w = 0; w < plan.WeekCount; w++)
        {
            if (runs[w] >= R30RecoveryPrompts.RunsNeedingRecoveryRun && recovery[w] == 0)
            {
                plan.Add(R30RecoveryPrompts.Id, new Reason(ReasonKeys.FindingNoRecoveryRun, Of(w + 1), Of(runs[w])));
            }
        }
    }
}
