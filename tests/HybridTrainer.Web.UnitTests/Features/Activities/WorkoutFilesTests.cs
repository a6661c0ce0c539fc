using HybridTrainer.Activities.Workouts;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Sessions;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;

namespace HybridTrainer.Web.UnitTests.Features.Activities;

public class WorkoutFilesTests
{
    [Fact]
    public void For_ASprintSeries_IsWarmUpRepsWithPaceAndRestThenCoolDown()
    {
        var session = Session(SessionKind.Run, RunType.Interval, new SessionPrescription
        {
            Run = new RunDetails
            {
                WarmUpMinutes = 15, CoolDownMinutes = 10, Repetitions = 6, RepetitionDistanceMeters = 200, RepetitionSeconds = 40, RestSeconds = 120,
                PaceFastSecondsPerKm = 190, PaceSlowSecondsPerKm = 200, TargetRpe = 9,
            },
        });

        var steps = WorkoutFiles.For(session).Steps;

        steps.Count.ShouldBe(3);
        steps[0].ShouldBeOfType<SingleStep>().Duration.ShouldBe(new StepDuration.Time(TimeSpan.FromMinutes(15)));
        var repeat = steps[1].ShouldBeOfType<RepeatBlock>();
        repeat.Count.ShouldBe(6);
        var rep = repeat.Steps[0].ShouldBeOfType<SingleStep>();
        rep.Duration.ShouldBe(new StepDuration.Distance(200));
        rep.Target.ShouldBe(StepTarget.Speed.FromPace(TimeSpan.FromSeconds(200), TimeSpan.FromSeconds(190)));
        repeat.Steps[1].ShouldBeOfType<SingleStep>().Duration.ShouldBe(new StepDuration.Time(TimeSpan.FromSeconds(120)));
        steps[2].ShouldBeOfType<SingleStep>().Intensity.ShouldBe(StepIntensity.Cooldown);
    }

    [Fact]
    public void For_AnEasyRun_IsOneStepWithItsPaceRange()
    {
        var session = Session(SessionKind.Run, RunType.Steady, new SessionPrescription
        {
            Run = new RunDetails { DistanceKm = 8m, PaceFastSecondsPerKm = 330, PaceSlowSecondsPerKm = 360, TargetRpe = 4 },
        });

        var step = WorkoutFiles.For(session).Steps.ShouldHaveSingleItem().ShouldBeOfType<SingleStep>();

        step.Duration.ShouldBe(new StepDuration.Distance(8000));
        step.Target.ShouldBe(StepTarget.Speed.FromPace(TimeSpan.FromSeconds(360), TimeSpan.FromSeconds(330)));
    }

    [Fact]
    public void For_ALift_IsOneStrengthStepPerSetWithRestBetween()
    {
        var session = Session(SessionKind.Lift, null, new SessionPrescription
        {
            Exercises =
            [
                new ExercisePrescription
                {
                    Name = "Back squat", MainLift = nameof(MainLift.Squat), Role = "Main",
                    Sets = [new SetPrescription { Reps = 5, WeightKg = 100m }, new SetPrescription { Reps = 5, WeightKg = 110m, Amrap = true }],
                },
            ],
        });

        var steps = WorkoutFiles.For(session).Steps.Cast<SingleStep>().ToList();

        steps.Select(s => s.Intensity).ShouldBe([StepIntensity.Active, StepIntensity.Rest, StepIntensity.Active]);
        steps[0].Exercise.ShouldBe(StrengthExercise.BarbellBackSquat);
        (steps[2].Duration, steps[2].WeightKg).ShouldBe((new StepDuration.Reps(5), 110d));
    }

    [Fact]
    public void Write_ReadsBackThroughTheDecoderWithTheSameSteps()
    {
        var session = Session(SessionKind.Run, RunType.Hill, new SessionPrescription
        {
            Run = new RunDetails { WarmUpMinutes = 15, CoolDownMinutes = 10, Repetitions = 6, RepetitionSeconds = 45, RestSeconds = 90, TargetRpe = 8 },
        });

        var read = FitWorkoutReader.Read(WorkoutFiles.Write(session)).ShouldBeOfType<WorkoutReadSuccess>();

        read.Workout.ShouldBe(WorkoutFiles.For(session));
    }

    [Fact]
    public void FileName_SaysTheDayAndTheSession() =>
        WorkoutFiles.FileName(Session(SessionKind.Run, RunType.Hill, new SessionPrescription())).ShouldBe("2026-12-07-hill-repeats.fit");

    private static SessionView Session(SessionKind kind, RunType? runType, SessionPrescription prescription) => SessionViews.Of(new PlannedSession
    {
        Id = Guid.NewGuid(), AthleteId = Guid.NewGuid(), Date = new DateOnly(2026, 12, 7), Kind = kind, RunType = runType,
        LiftFocus = kind == SessionKind.Lift ? LiftFocus.Lower : null, DurationMinutes = 45, PlannedRpe = 6, Prescription = prescription,
        UpdatedAt = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero),
    });
}
