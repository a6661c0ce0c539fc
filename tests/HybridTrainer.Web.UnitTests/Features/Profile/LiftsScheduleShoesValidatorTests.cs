using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Profile;
using static HybridTrainer.Web.UnitTests.Features.Profile.BodyAndRunningValidatorTests;

namespace HybridTrainer.Web.UnitTests.Features.Profile;

public class LiftsScheduleShoesValidatorTests
{
    private readonly LiftsStepInputValidator _lifts = new(StaticLocalizers.For<ProfileText>());
    private readonly ScheduleStepInputValidator _schedule = new(StaticLocalizers.For<ProfileText>());
    private readonly ShoesStepInputValidator _shoes = new(StaticLocalizers.For<ProfileText>());

    [Fact]
    public void Lifts_TestedMaxesAndRepTests_AreValid() =>
        _lifts.Validate(ValidLifts()).IsValid.ShouldBeTrue();

    [Fact]
    public void Lifts_Empty_AsksForEachTestedMax()
    {
        var messages = Messages(_lifts, new LiftsStepInput());

        messages.Select(m => m.Property).ShouldBe(["Lifts[0].OneRepMax", "Lifts[1].OneRepMax", "Lifts[2].OneRepMax", "Lifts[3].OneRepMax"]);
        messages.ShouldAllBe(m => m.Message == "Enter the heaviest single you lifted.");
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(500.1)]
    public void Lifts_TestedMaxOutside1To500Kg_IsReportedOnThatLift(double kg)
    {
        var input = ValidLifts();
        input.Lifts[2].OneRepMax = (decimal)kg;

        Messages(_lifts, input).ShouldBe([("Lifts[2].OneRepMax", "Enter a 1RM of 1–500 kg.")]);
    }

    [Theory]
    [InlineData(1102.3, true)]
    [InlineData(1102.4, false)]
    public void Lifts_PoundsAreCheckedAfterConversion(double pounds, bool valid)
    {
        var input = ValidLifts();
        input.Units = UnitSystem.Imperial;
        input.Lifts[0].OneRepMax = (decimal)pounds;

        var messages = Messages(_lifts, input);

        messages.ShouldBe(valid ? [] : [("Lifts[0].OneRepMax", "Enter a 1RM of 2.3–1102.3 lb.")]);
    }

    [Theory]
    [InlineData(null, 5, "Lifts[1].Weight", "Enter the weight of the rep test.")]
    [InlineData(600, 5, "Lifts[1].Weight", "Enter a weight of 1–500 kg.")]
    [InlineData(80, null, "Lifts[1].Reps", "Enter how many reps you did.")]
    [InlineData(80, 0, "Lifts[1].Reps", "Enter 1 to 10 reps; estimates beyond 10 are unreliable.")]
    [InlineData(80, 11, "Lifts[1].Reps", "Enter 1 to 10 reps; estimates beyond 10 are unreliable.")]
    public void Lifts_BadRepTest_IsReportedOnTheWeightOrReps(int? weight, int? reps, string property, string message)
    {
        var input = ValidLifts();
        input.Lifts[1] = new LiftInput { Lift = MainLift.BenchPress, Kind = LiftTestKind.RepTest, Weight = weight, Reps = reps };

        Messages(_lifts, input).ShouldBe([(property, message)]);
    }

    [Fact]
    public void Lifts_MissingALift_IsReportedOnLifts()
    {
        var input = ValidLifts();
        input.Lifts.RemoveAt(3);

        Messages(_lifts, input).ShouldBe([("Lifts", "Give each of squat, bench press, deadlift and overhead press once.")]);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    public void Schedule_ThreeToSevenDays_IsValid(int count) =>
        _schedule.Validate(new ScheduleStepInput { AvailableDays = [.. ScheduleStepInput.Week.Take(count)] }).IsValid.ShouldBeTrue();

    [Fact]
    public void Schedule_TwoDays_IsReportedOnAvailableDays() =>
        Messages(_schedule, new ScheduleStepInput { AvailableDays = [DayOfWeek.Monday, DayOfWeek.Friday] })
            .ShouldBe([("AvailableDays", "Pick at least 3 days; the plan needs room for runs, lifts and rest.")]);

    [Fact]
    public void Schedule_UnknownGoal_IsReportedOnGoal() =>
        Messages(_schedule, new ScheduleStepInput { AvailableDays = [.. ScheduleStepInput.Week], Goal = (Goal)9 })
            .ShouldBe([("Goal", "Choose a goal.")]);

    [Fact]
    public void Schedule_OrderedDays_StartOnMonday() =>
        new ScheduleStepInput { AvailableDays = [DayOfWeek.Sunday, DayOfWeek.Wednesday, DayOfWeek.Monday] }.OrderedDays()
            .ShouldBe([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Sunday]);

    [Fact]
    public void Shoes_NoneOrValidPairs_AreValid()
    {
        _shoes.Validate(new ShoesStepInput()).IsValid.ShouldBeTrue();
        _shoes.Validate(new ShoesStepInput { Shoes = [new() { Name = "Daily", Distance = 320m }, new() { Name = "Flats", Kind = ShoeKind.Minimalist, Distance = 0m }] })
            .IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("", 10, "Shoes[1].Name", "Name the pair, for example \"Daily trainer\".")]
    [InlineData("Flats", null, "Shoes[1].Distance", "Enter the km already run (0 for a new pair).")]
    [InlineData("Flats", -1, "Shoes[1].Distance", "Enter 0 to 5000 km.")]
    [InlineData("Flats", 5001, "Shoes[1].Distance", "Enter 0 to 5000 km.")]
    public void Shoes_BadPair_IsReportedOnThatPairsField(string name, int? km, string property, string message) =>
        Messages(_shoes, new ShoesStepInput { Shoes = [new() { Name = "Daily", Distance = 1m }, new() { Name = name, Distance = km }] })
            .ShouldBe([(property, message)]);

    [Fact]
    public void Shoes_MilesAreCheckedAfterConversion() =>
        Messages(_shoes, new ShoesStepInput { Units = UnitSystem.Imperial, Shoes = [new() { Name = "Daily", Distance = 3107m }] })
            .ShouldBe([("Shoes[0].Distance", "Enter 0 to 3106 mi.")]);

    [Fact]
    public void Shoes_MoreThanTwelvePairs_IsReportedOnShoes() =>
        Messages(_shoes, new ShoesStepInput { Shoes = [.. Enumerable.Range(1, 13).Select(i => new ShoeInput { Name = $"Pair {i}" })] })
            .ShouldBe([("Shoes", "Keep to 12 pairs or fewer.")]);

    internal static LiftsStepInput ValidLifts() => new()
    {
        Lifts =
        [
            new() { Lift = MainLift.Squat, OneRepMax = 140m },
            new() { Lift = MainLift.BenchPress, Kind = LiftTestKind.RepTest, Weight = 80m, Reps = 5 },
            new() { Lift = MainLift.Deadlift, OneRepMax = 180m },
            new() { Lift = MainLift.OverheadPress, Kind = LiftTestKind.RepTest, Weight = 45m, Reps = 10 },
        ],
    };
}
