using System.Globalization;
using System.IO.Compression;
using System.Text;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Activities.Workouts;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// A planned session as a FIT workout a Garmin watch takes from its NewFiles folder: runs as warm-up, reps with their
/// pace and rest, cool-down (an easy run as one step with its pace range); lifts as strength steps with exercise, reps
/// and load, a rest step between sets ended by the lap button. The plan's "why" stays in the app: a watch shows steps.
/// </summary>
public static class WorkoutFiles
{
    // Step names are what the watch shows, so they are in the reader's language too.
    private static readonly StringLocalizer<SessionsText> Text = StaticLocalizers.For<SessionsText>();

    /// <summary>FIT names are short on a watch; the title and the day are what tells sessions apart.</summary>
    public static FitWorkout For(SessionView session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var name = $"{session.Title} {session.Date.ToString("d MMM", CultureInfo.CurrentCulture)}";
        return session.Kind == SessionKind.Run
            ? new FitWorkout(name, WorkoutSport.Running, RunSteps(session))
            : new FitWorkout(name, WorkoutSport.Strength, LiftSteps(session));
    }

    public static byte[] Write(SessionView session) =>
        FitWorkoutWriter.Write(For(session), session.UpdatedAt, SerialNumber(session.Id));

    /// <summary>The file name a watch and a person both read: date, then what it is.</summary>
    public static string FileName(SessionView session) =>
        $"{session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Slug(session.Title)}.fit";

    /// <summary>A week's sessions, one .fit each, in a zip.</summary>
    public static byte[] Zip(IEnumerable<SessionView> sessions)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var session in sessions)
            {
                var fileName = FileName(session);
                for (var n = 2; !used.Add(fileName); n++)
                {
                    fileName = $"{Path.GetFileNameWithoutExtension(FileName(session))}-{n}.fit";
                }

                using var entry = zip.CreateEntry(fileName, CompressionLevel.Optimal).Open();
                entry.Write(Write(session));
            }
        }

        return buffer.ToArray();
    }

    private static List<WorkoutStep> RunSteps(SessionView session)
    {
        var run = session.Prescription.Run;
        var pace = PaceOf(run);
        if (run is { RacePaceMinutes: { } segment and > 0, RacePaceFastSecondsPerKm: { } raceFast, RacePaceSlowSecondsPerKm: { } raceSlow }
            && session.DurationMinutes > segment)
        {
            // A long run with its race-pace segment at the end (R34): easy by time, then the segment at its own pace.
            return
            [
                new SingleStep(StepIntensity.Active, new StepDuration.Time(TimeSpan.FromMinutes(session.DurationMinutes - segment)), pace) { Name = session.Title },
                new SingleStep(StepIntensity.Active, new StepDuration.Time(TimeSpan.FromMinutes(segment)), StepTarget.Speed.FromPace(TimeSpan.FromSeconds(raceSlow), TimeSpan.FromSeconds(raceFast)))
                {
                    Name = Text["StepRacePace"],
                },
            ];
        }

        if (run is not { Repetitions: { } reps and > 0 })
        {
            // Steady or recovery: one step for the whole run, by distance when the plan gives one, with its pace range.
            StepDuration length = run?.DistanceKm is { } km and > 0 ? new StepDuration.Distance((double)km * 1000) : new StepDuration.Time(TimeSpan.FromMinutes(session.DurationMinutes));
            return [new SingleStep(StepIntensity.Active, length, pace) { Name = session.Title }];
        }

        var steps = new List<WorkoutStep>();
        if (run.WarmUpMinutes > 0)
        {
            steps.Add(new SingleStep(StepIntensity.Warmup, new StepDuration.Time(TimeSpan.FromMinutes(run.WarmUpMinutes)), new StepTarget.None()) { Name = Text["StepWarmUp"] });
        }

        if (session.RunType == RunType.Shakeout)
        {
            // The shakeout is easy running first, then the strides, each at a relaxed fast stride (no pace target).
            var strideMinutes = (int)Math.Ceiling(reps * ((run.RepetitionSeconds ?? 0) + (run.RestSeconds ?? 0)) / 60.0);
            steps.Add(new SingleStep(StepIntensity.Active, new StepDuration.Time(TimeSpan.FromMinutes(Math.Max(1, session.DurationMinutes - strideMinutes))), pace) { Name = session.Title });
            steps.Add(new RepeatBlock(reps,
            [
                new SingleStep(StepIntensity.Active, new StepDuration.Time(TimeSpan.FromSeconds(run.RepetitionSeconds ?? R38RaceWeek.StrideSeconds)), new StepTarget.None()) { Name = Text["StepStride"] },
                new SingleStep(StepIntensity.Rest, new StepDuration.Time(TimeSpan.FromSeconds(run.RestSeconds ?? R38RaceWeek.StrideRecoverySeconds)), new StepTarget.None()) { Name = Text["StepWalk"] },
            ]));
            return steps;
        }

        var isHill = session.RunType == RunType.Hill;
        StepDuration repLength = !isHill && run.RepetitionDistanceMeters is { } metres
            ? new StepDuration.Distance(metres)
            : new StepDuration.Time(TimeSpan.FromSeconds(run.RepetitionSeconds ?? R12HillRepeats.MinRepetitionSeconds));
        var rep = new SingleStep(StepIntensity.Active, repLength, isHill ? new StepTarget.None() : pace)
        {
            Name = isHill ? Text["StepHill"] : Text["StepRep"],
            Notes = isHill ? Text["StepHardUphill", run.TargetRpe] : $"RPE {run.TargetRpe}",
        };
        var rest = new SingleStep(StepIntensity.Rest, new StepDuration.Time(TimeSpan.FromSeconds(run.RestSeconds ?? R11NearCompleteRest.MinimumRestSeconds)), new StepTarget.None())
        {
            Name = isHill ? Text["StepWalkDown"] : Text["StepRest"],
        };
        steps.Add(new RepeatBlock(reps, [rep, rest]));
        if (run.CoolDownMinutes > 0)
        {
            steps.Add(new SingleStep(StepIntensity.Cooldown, new StepDuration.Time(TimeSpan.FromMinutes(run.CoolDownMinutes)), new StepTarget.None()) { Name = Text["StepCoolDown"] });
        }

        return steps;
    }

    private static List<WorkoutStep> LiftSteps(SessionView session)
    {
        var steps = new List<WorkoutStep>();
        foreach (var exercise in session.Prescription.Exercises)
        {
            var kind = ExerciseOf(exercise);
            foreach (var set in exercise.Sets)
            {
                if (steps.Count > 0)
                {
                    steps.Add(new SingleStep(StepIntensity.Rest, new StepDuration.LapButton(), new StepTarget.None()) { Name = Text["StepRest"] });
                }

                steps.Add(new SingleStep(StepIntensity.Active, new StepDuration.Reps(set.Reps), new StepTarget.None())
                {
                    Name = exercise.Name,
                    Notes = set.Amrap ? Text["StepAmrap"].Value : null,
                    Exercise = kind,
                    WeightKg = set.WeightKg is { } kg and > 0 and < MaxWatchKg ? (double)kg : null,
                });
            }
        }

        return steps.Count > 0
            ? steps
            : [new SingleStep(StepIntensity.Active, new StepDuration.Time(TimeSpan.FromMinutes(session.DurationMinutes)), new StepTarget.None()) { Name = session.Title }];
    }

    /// <summary>FIT stores a load in hundredths of a kilogram in 16 bits; anything heavier is no real set.</summary>
    private const decimal MaxWatchKg = 650m;

    private static StepTarget PaceOf(RunDetails? run) =>
        run is { PaceSlowSecondsPerKm: { } slow and > 0, PaceFastSecondsPerKm: { } fast and > 0 }
            ? StepTarget.Speed.FromPace(TimeSpan.FromSeconds(Math.Max(slow, fast)), TimeSpan.FromSeconds(Math.Min(slow, fast)))
            : new StepTarget.None();

    private static StrengthExercise ExerciseOf(ExercisePrescription exercise) => exercise.MainLift switch
    {
        nameof(MainLift.Squat) => StrengthExercise.BarbellBackSquat,
        nameof(MainLift.Deadlift) => StrengthExercise.BarbellDeadlift,
        nameof(MainLift.BenchPress) => StrengthExercise.BarbellBenchPress,
        nameof(MainLift.OverheadPress) => StrengthExercise.OverheadBarbellPress,
        _ => exercise.Name switch
        {
            R04LiftSplit.LungeName => new StrengthExercise(ExerciseCategory.Lunge, null),
            R04LiftSplit.ChinUpName => new StrengthExercise(ExerciseCategory.PullUp, null),
            R04LiftSplit.RowName => new StrengthExercise(ExerciseCategory.Row, null),
            R04LiftSplit.PushUpName => new StrengthExercise(ExerciseCategory.PushUp, null),
            _ => new StrengthExercise(ExerciseCategory.Unknown, null),
        },
    };

    // Stable per session, so a watch that keys workouts by serial number replaces an updated file instead of adding one.
    private static uint SerialNumber(Guid id) => BitConverter.ToUInt32(id.ToByteArray(), 12) | 1;

    // Accents are dropped first, so a Spanish title keeps its letters ("recuperación" → "recuperacion").
    private static string Slug(string title) =>
        string.Concat(title.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')).Trim('-').Replace("--", "-", StringComparison.Ordinal);
}
