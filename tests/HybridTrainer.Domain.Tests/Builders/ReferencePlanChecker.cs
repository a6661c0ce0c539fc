using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Builders;

/// <summary>
/// The plan checker as it was before it was tuned for speed: one straightforward pass per rule over the sorted
/// sessions. Kept as an oracle so the fast checker is proved to report exactly the same violations, in the same
/// order, with the same sessions and messages. Built only on the rules' public constants and formulas.
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

        public void Add(string rule, string message, params PlannedSession[] sessions) =>
            Violations.Add(new RuleViolation(rule, sessions, message));
    }

    private static void R01(View plan)
    {
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (session.IsQualityRun && plan.Week[i] >= 0 && !R01NoviceGate.QualityRunsAllowed(plan.Profile.RunningBaseWeeks, plan.Week[i] + 1))
            {
                plan.Add(R01NoviceGate.Id, $"{session.RunType} run on {session.Date:ddd d MMM} comes before four weeks of running base; keep it an easy run until then.", session);
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
                plan.Add(R02SessionAllocation.Id, $"The session on {session.Date:ddd d MMM} falls outside the block's weeks.", session);
                continue;
            }

            if (!plan.IsAvailable(session.Date))
            {
                plan.Add(R02SessionAllocation.Id, $"The session on {session.Date:ddd d MMM} is on a day the athlete is not available; move it to an available day.", session);
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
                plan.Add(R02SessionAllocation.Id, $"Week {w + 1} has {lifts[w]} lift and {runs[w]} run sessions; with {days} available days the plan holds {expected.LiftSessions} lifts and {expected.RunSessions} runs on at most {expected.TrainingDays} days.");
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
                plan.Add(R03AlternatingQualityRun.Id, $"Week {week + 1} has more than one quality run; keep one and make the other an easy run.", session);
            }

            var expected = R03AlternatingQualityRun.QualityRunFor(week + 1);
            if (session.RunType != expected)
            {
                plan.Add(R03AlternatingQualityRun.Id, $"Week {week + 1} is a{(expected == RunType.Interval ? "n interval" : " hill")} week; the quality run alternates between sprint series and hill repeats.", session);
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
                    plan.Add(R04LiftSplit.Id, $"Week {w + 1} has the {R04LiftSplit.NameOf((MainLift)lift).ToLowerInvariant()} as a main lift {count} times; each main lift gets exactly one 5/3/1 block a week.");
                }
            }

            if (counts[(w * 5) + 4] == 0 && !adjusted[w])
            {
                plan.Add(R04LiftSplit.Id, $"Week {w + 1} has no lunges; squat, deadlift and lunge belong in every week.");
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
                plan.Add(R05HardEasySpacing.Id, $"Two hard-on-legs sessions on {previous.Date:ddd d MMM} and {session.Date:ddd d MMM} leave no easy day between them; move one so a rest or easy day separates them.", previous, session);
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
                plan.Add(R05HardEasySpacing.Id, $"Week {week + 1} starts and ends with a hard-on-legs session ({first.Date:ddd} and {session.Date:ddd}); repeated every week they fall on consecutive days.", first, session);
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
                    plan.Add(R06LegRestAfterSeries.Id, $"Heavy leg lifting and a {(a.IsQualityRun ? a.RunType : b.RunType)} run share {a.Date:ddd d MMM}; legs need {R06LegRestAfterSeries.MinimumHoursBetween} h between them.", a, b);
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
                plan.Add(R07SameDayDoubles.Id, $"{count} sessions on {sessions[start].Date:ddd d MMM}: a double day may only pair an easy run with an upper-body or deload lift, at least {R07SameDayDoubles.MinimumHoursApart} h apart, lift first.", sessions[start..end]);
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
                plan.Add(R08IntensityDistribution.Id, $"Week {w + 1} has {hard[w]:0} of {total} running minutes at quality effort; keep at least {R08IntensityDistribution.MinimumEasyMinutesShare:P0} easy by lengthening easy runs or cutting repetitions.");
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
                plan.Add(R09SeriesDistance.Id, $"Sprint series on {session.Date:ddd d MMM} must use reps of 100, 150, 200, 300 or 400 m.", session);
            }
            else if (plan.Block.Paces is { } paces && run.RepetitionSeconds > R09SeriesDistance.RepetitionSeconds(paces.RepetitionSecondsPerKm, distance))
            {
                plan.Add(R09SeriesDistance.Id, $"Sprint series on {session.Date:ddd d MMM}: {run.RepetitionSeconds} s per {distance} m is slower than R pace; series are run at mile-race pace or faster.", session);
            }

            if (run.TargetRpe < R09SeriesDistance.MinimumRepetitionRpe)
            {
                plan.Add(R09SeriesDistance.Id, $"Sprint series on {session.Date:ddd d MMM} target RPE {run.TargetRpe}; series are run at RPE {R09SeriesDistance.MinimumRepetitionRpe} or more.", session);
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
                plan.Add(R10SeriesCount.Id, $"Sprint series on {session.Date:ddd d MMM} has {reps} reps; the limit is {R10SeriesCount.MaxRepetitionsFor(number)} for this session (8 at most, 6 for the first two).", session);
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
                plan.Add(R11NearCompleteRest.Id, $"Sprint series on {session.Date:ddd d MMM}: {run.RestSeconds ?? 0} s rest is too short for {run.RepetitionSeconds ?? 0} s reps; rest at least 3× the rep time and 90 s so every rep stays fast.", session);
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
                plan.Add(R12HillRepeats.Id, $"Hill repeats on {session.Date:ddd d MMM} have {reps} reps; plan {R12HillRepeats.MinRepetitions}–{maxReps}.", session);
            }

            if (seconds is < R12HillRepeats.MinRepetitionSeconds or > R12HillRepeats.MaxRepetitionSeconds)
            {
                plan.Add(R12HillRepeats.Id, $"Hill repeats on {session.Date:ddd d MMM} last {seconds} s; climbs of {R12HillRepeats.MinRepetitionSeconds}–{R12HillRepeats.MaxRepetitionSeconds} s build strength without turning into a tempo run.", session);
            }

            if ((run?.RestSeconds ?? 0) < seconds)
            {
                plan.Add(R12HillRepeats.Id, $"Hill repeats on {session.Date:ddd d MMM}: the jog back down must last at least as long as the climb.", session);
            }
        }
    }

    private static void R13(View plan)
    {
        foreach (var session in plan.Sessions)
        {
            if (session.IsQualityRun && (session.Run is not { } run || run.WarmUpMinutes < R13WarmUpCoolDown.MinimumMinutes || run.CoolDownMinutes < R13WarmUpCoolDown.MinimumMinutes))
            {
                plan.Add(R13WarmUpCoolDown.Id, $"The {session.RunType} run on {session.Date:ddd d MMM} needs at least {R13WarmUpCoolDown.MinimumMinutes} min of easy running before and after.", session);
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
                plan.Add(R15EasyRunPrescription.Id, $"The {type.ToString().ToLowerInvariant()} run on {session.Date:ddd d MMM} lasts {session.DurationMinutes} min; plan {min}–{max} min.", session);
            }

            if (type == RunType.Recovery && plan.Block.Paces is { } paces && session.Run?.Pace is { } pace
                && pace.FastSecondsPerKm < paces.Steady.SlowSecondsPerKm)
            {
                plan.Add(R15EasyRunPrescription.Id, $"The recovery run on {session.Date:ddd d MMM} is paced faster than easy steady running; keep it conversational.", session);
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
                plan.Add(R16VolumeProgression.Id, $"Week {w + 1} plans {minutes} running minutes after {p}: a rise over {R16VolumeProgression.HardMaxRise:P0}. Shorten the easy runs to at most {Math.Max(R16VolumeProgression.HardLimit(p), floor[w])} min in total.");
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
                plan.Add(R17AcuteChronicRatio.Id, $"Week {w + 1} loads {plan.WeekLoad[w]} AU against {sum / 3} AU in recent weeks (ACWR {ratio:0.00} ≥ {R17AcuteChronicRatio.RejectAt}); take the hard sessions out or shorten the week below {R17AcuteChronicRatio.MaxNextWeekLoad(sum, R17AcuteChronicRatio.UpperBound):0} AU.");
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
                plan.Add(R18LoadAndMonotony.Id, $"Week {w + 1} is too uniform (monotony {monotony:0.00} > {R18LoadAndMonotony.MaxMonotony}); make the easy days easier or add a rest day.");
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
                    plan.Add(R20WeekPercentages.Id, $"{exercise.Name} on {session.Date:ddd d MMM} does not match week {waveWeek} of the 5/3/1 wave ({R20WeekPercentages.Percent(waveWeek, 0)}/{R20WeekPercentages.Percent(waveWeek, 1)}/{R20WeekPercentages.Percent(waveWeek, 2)} % × {R20WeekPercentages.Reps(waveWeek, 0)}/{R20WeekPercentages.Reps(waveWeek, 1)}/{R20WeekPercentages.Reps(waveWeek, 2)}).", session);
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
                    plan.Add(R21LoadRounding.Id, $"{exercise.Name} on {session.Date:ddd d MMM} asks for {off.WeightKg} kg; bar loads are multiples of {R21LoadRounding.IncrementKg} kg.", session);
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
                    plan.Add(R23SupplementalVolume.Id, $"{exercise.Name} on {session.Date:ddd d MMM} exceeds {R23SupplementalVolume.Sets} × {reps}; supplemental volume stays at {R23SupplementalVolume.Sets} sets.", session);
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
                    plan.Add(R24Deload.Id, $"{exercise.Name} on {session.Date:ddd d MMM} is too heavy for a deload session: no AMRAP and no supplemental sets this time.", session);
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
                plan.Add(R28ShoeRotation.Id, $"The minimalist shoes are planned for the {session.RunType} run on {session.Date:ddd d MMM}; keep them for easy runs of {R28ShoeRotation.MinimalistMaxMinutes} min or less.", session);
            }
        }

        for (var w = 0; w < plan.WeekCount; w++)
        {
            if (minimalist[w] > R28ShoeRotation.MaxMinimalistRuns(runs[w]))
            {
                plan.Add(R28ShoeRotation.Id, $"Week {w + 1} uses the minimalist shoes on {minimalist[w]} of {runs[w]} runs; keep them to one run in {R28ShoeRotation.MinimalistShareDenominator}.");
            }
        }
    }

    private static void R29(View plan)
    {
        foreach (var session in plan.Sessions)
        {
            if (FindShoe(plan.Profile.Shoes, session.ShoeId) is { } shoe && R29ShoeRetirement.IsRetired(shoe))
            {
                plan.Add(R29ShoeRetirement.Id, $"{shoe.Name} ({shoe.Km:0} km) is past {R29ShoeRetirement.RetireKm:0} km but planned for {session.Date:ddd d MMM}; pick another pair.", session);
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
                plan.Add(R30RecoveryPrompts.Id, $"The heavy leg session on {session.Date:ddd d MMM} has no foam-rolling prompt after it.", session);
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
                plan.Add(R30RecoveryPrompts.Id, $"Week {w + 1} has {runs[w]} runs but no recovery run; make the easiest one a short conversational run.");
            }
        }
    }
}
