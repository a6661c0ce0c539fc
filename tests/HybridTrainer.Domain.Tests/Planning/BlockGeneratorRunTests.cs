using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Planning;

public class BlockGeneratorRunTests
{
    [Fact]
    public void Generate_FirstIntervalSession_SixRepsOf200mAtRPaceWithFullRest()
    {
        var run = Plans.Generate(new ProfileBuilder().Build()).Weeks[0].Sessions.Single(s => s.RunType == RunType.Interval).Run!;

        run.ShouldBe(new RunPrescription(15, 10, 6, 200, 49, 150, run.DistanceKm, new PaceRange(235, 247)) { TargetRpe = 9 }, "5 km in 22:30 gives R pace 4:07/km");
    }

    [Fact]
    public void Generate_FirstHillSession_SixClimbsWithJogDownAtLeastAsLong()
    {
        var run = Plans.Generate(new ProfileBuilder().Build(), weeks: 2).Weeks[1].Sessions.Single(s => s.RunType == RunType.Hill).Run!;

        run.Repetitions.ShouldBe(6);
        run.RepetitionDistanceMeters.ShouldBeNull();
        run.RestSeconds!.Value.ShouldBeGreaterThanOrEqualTo(run.RepetitionSeconds!.Value);
    }

    [Fact]
    public void Generate_SixteenWeeks_IntervalRepsNeverAboveEight()
    {
        var plan = Plans.Generate(new ProfileBuilder().Build(), weeks: 16);

        plan.Sessions.Where(s => s.RunType == RunType.Interval).Select(s => s.Run!.Repetitions!.Value).Max().ShouldBe(8);
    }

    [Fact]
    public void Generate_SteadyRun_HasNoRepetitionsAndSteadyPace()
    {
        var plan = Plans.Generate(new ProfileBuilder().Build());
        var steady = plan.Weeks[0].Sessions.First(s => s.RunType == RunType.Steady);

        steady.Run!.Repetitions.ShouldBeNull();
        steady.Run.Pace.ShouldBe(plan.Paces!.Steady);
        steady.DurationMinutes.ShouldBeInRange(30, 60);
    }

    [Fact]
    public void Generate_NoFiveKmTime_NoPacesAndHeartRateInWhy()
    {
        var plan = Plans.Generate(new ProfileBuilder().WithFiveKm(null).Build());
        var steady = plan.Weeks[0].Sessions.First(s => s.RunType == RunType.Steady);

        plan.Vdot.ShouldBeNull();
        plan.Paces.ShouldBeNull();
        steady.Run!.Pace.ShouldBeNull();
        steady.Why.ShouldContain(line => line.Key == ReasonKeys.EffortHeartRate);
    }

    [Fact]
    public void Generate_NoFiveKmTimeNoBirthYear_RunsByRpe() =>
        Plans.Generate(new ProfileBuilder().WithFiveKm(null).WithBirthYear(null).Build()).Weeks[0].Sessions
            .First(s => s.RunType == RunType.Steady).Why.ShouldContain(new Reason(ReasonKeys.EffortByFeel, "4"));

    [Fact]
    public void Generate_WeeklyRunMinutes_NeverRiseMoreThanTenPercentWithoutHistory()
    {
        var plan = Plans.Generate(new ProfileBuilder().Build(), weeks: 16);
        var normal = plan.Weeks.Where(w => w.WaveWeek != 4).Select(w => w.PlannedRunMinutes).ToList();

        normal.Zip(normal.Skip(1)).ShouldAllBe(pair => pair.Second <= pair.First * 1.10);
    }

    [Fact]
    public void Generate_Shoes_MinimalistOnlyOnShortEasyRunsAndAtMostOneInThree()
    {
        var plan = Plans.Generate(new ProfileBuilder().Build(), weeks: 4);

        foreach (var week in plan.Weeks)
        {
            var minimal = week.Sessions.Where(s => s.ShoeId == "flat").ToList();
            minimal.ShouldAllBe(s => s.IsEasyRun && s.DurationMinutes <= 40);
            minimal.Count.ShouldBeLessThanOrEqualTo(week.Sessions.Count(s => s.Kind == SessionKind.Run) / 3);
        }
    }

    [Fact]
    public void Generate_RetiredShoe_LeftOutWithR29Warning()
    {
        var profile = new ProfileBuilder().WithShoes(new Shoe("old", "Old pair", ShoeKind.Cushioned, 850), new Shoe("new", "New pair", ShoeKind.Cushioned, 10)).Build();

        var plan = Plans.Generate(profile);

        plan.Sessions.ShouldNotContain(s => s.ShoeId == "old");
        plan.Warnings.ShouldContain(w => w.Rule == "R29");
    }

    [Fact]
    public void Generate_WornShoe_FlaggedAt500Km() =>
        Plans.Generate(new ProfileBuilder().WithShoes(new Shoe("a", "A", ShoeKind.Cushioned, 520), new Shoe("b", "B", ShoeKind.Minimalist, 0)).Build())
            .Warnings.ShouldContain(w => w.Rule == "R29" && w.Reason == new Reason(ReasonKeys.WarningShoeWorn, "A", "520", "800"));

    [Fact]
    public void Generate_NoShoes_WarnsToAddTwoPairs() =>
        Plans.Generate(new ProfileBuilder().WithShoes().Build()).Warnings.ShouldContain(w => w.Rule == "R28");
}
