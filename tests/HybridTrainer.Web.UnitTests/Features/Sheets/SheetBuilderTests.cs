using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Sheets;

namespace HybridTrainer.Web.UnitTests.Features.Sheets;

public class SheetBuilderTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly Guid BlockId = Guid.NewGuid();

    [Fact]
    public void Build_MetricLift_RoundsSetsAndRampsUpWithWarmUpSetsOnTheGymsPlates()
    {
        var sheet = Build(UnitSystem.Metric, 5m, Lift(Monday, (90, 73.75m)));

        var session = sheet.Days[0].Sessions.ShouldHaveSingleItem();
        session.Exercises[0].Sets[0].Target.ShouldBe("5 × 75");
        // Training max 120 kg: 40/50/60 % are 48, 60 and 72 kg, on 5 kg steps 50, 60, 70.
        session.WarmUp.ShouldBe("5 min easy cardio, then Back squat 5 × 50, 5 × 60, 3 × 70");
        sheet.PlateStep.ShouldBe(5m);
    }

    [Fact]
    public void Build_ImperialAthlete_PrintsPoundsMilesAndPacePerMile()
    {
        var run = new SessionPrescription
        {
            Run = new RunDetails { WarmUpMinutes = 10, CoolDownMinutes = 5, DistanceKm = 8.05m, PaceFastSecondsPerKm = 300, PaceSlowSecondsPerKm = 330, TargetRpe = 4 },
            Why = ["Steady aerobic run."],
        };
        var sheet = Build(UnitSystem.Imperial, null, Lift(Monday, (90, 100m)), Row(Monday.AddDays(1), SessionKind.Run, run));

        sheet.WeightUnit.ShouldBe("lb");
        sheet.Days[0].Sessions[0].Exercises[0].Sets[0].Target.ShouldBe("5 × 220");
        sheet.Days[1].Sessions[0].Run!.MainSet.ShouldBe("5 mi · 8:03–8:51/mi");
    }

    [Fact]
    public void Build_IntervalRun_PrintsRepsTimesMetresRestAndATickBoxPerRep()
    {
        var run = new SessionPrescription
        {
            Run = new RunDetails { WarmUpMinutes = 15, CoolDownMinutes = 10, Repetitions = 6, RepetitionDistanceMeters = 200, RestSeconds = 120, PaceFastSecondsPerKm = 210, PaceSlowSecondsPerKm = 210 },
            Why = ["Sprint series this week.", "Second line not printed."],
        };

        var session = Build(UnitSystem.Metric, null, Row(Monday, SessionKind.Run, run)).Days[0].Sessions[0];

        session.Run!.MainSet.ShouldBe("6 × 200 m · rest 2:00 · 3:30/km");
        session.Run.TickBoxes.ShouldBe(6);
        session.WarmUp.ShouldBe("15 min easy running");
        session.Why.ShouldBe("Sprint series this week.");
    }

    [Fact]
    public void Build_RunWithoutWarmUpOrCoolDown_SaysSoInsteadOfZeroMinutes()
    {
        var run = new SessionPrescription { Run = new RunDetails { DistanceKm = 3.2m, TargetRpe = 3 }, Why = ["Recovery run."] };

        var session = Build(UnitSystem.Metric, null, Row(Monday, SessionKind.Run, run)).Days[0].Sessions[0];

        session.WarmUp.ShouldBe("none apart from starting slowly");
        session.Run!.CoolDown.ShouldBeNull();
        session.Run.MainSet.ShouldBe("3.2 km · RPE 3");
    }

    [Fact]
    public void Build_EmptyDays_AreRestDaysAndTheWeekHasSevenDays()
    {
        var sheet = Build(UnitSystem.Metric, null, Lift(Monday.AddDays(2), (90, 100m)));

        sheet.Days.Count.ShouldBe(7);
        sheet.Days.Count(d => d.Sessions.Count == 0).ShouldBe(6);
        sheet.Protein!.DailyGrams.ShouldBe(131);
    }

    [Fact]
    public void Build_DowngradedSession_PrintsANeutralWhyInsteadOfTheCheckInReason()
    {
        var row = Lift(Monday, (50, 50m)) with { Downgraded = true };
        row.Prescription.Why = ["Same lifts at deload weights today. You slept 4.5 h. (R27)"];

        var session = Build(UnitSystem.Metric, null, row).Days[0].Sessions[0];

        session.Why.ShouldNotContain("slept");
    }

    [Fact]
    public void Build_DeloadWeek_SkipsTheBarWarmUpRamp() =>
        Build(UnitSystem.Metric, null, Lift(Monday, (40, 50m))).Days[0].Sessions[0].WarmUp.ShouldBe("5 min easy cardio, empty bar × 10");

    private static AthleteSheet Build(UnitSystem units, decimal? pairKg, params SheetSessionRow[] sessions) =>
        SheetBuilder.Build(
            new SheetAthleteRow(Guid.NewGuid(), "Robin", units, 82m, "Gym", pairKg),
            Monday,
            sessions,
            new Dictionary<Guid, SheetBlockMaxes> { [BlockId] = new(BlockId, 120m, 90m, 160m, 50m) },
            SheetWords.For(StaticLocalizers.For<SheetText>()));

    private static SheetSessionRow Lift(DateOnly date, (int Percent, decimal Kg) firstSet) => Row(date, SessionKind.Lift, new SessionPrescription
    {
        Exercises =
        [
            new ExercisePrescription
            {
                Name = "Back squat", MainLift = nameof(MainLift.Squat), Role = nameof(ExerciseRole.Main),
                Sets = [new SetPrescription { Reps = 5, WeightKg = firstSet.Kg, PercentOfTrainingMax = firstSet.Percent }],
            },
        ],
        Why = ["Lower-body day."],
    });

    private static SheetSessionRow Row(DateOnly date, SessionKind kind, SessionPrescription prescription) =>
        new(Guid.NewGuid(), Guid.NewGuid(), BlockId, date, kind, kind == SessionKind.Run ? RunType.Steady : null, kind == SessionKind.Lift ? LiftFocus.Lower : null, false, 60, 7, false, prescription);
}
