using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Planning;

public class BlockGeneratorLiftTests
{
    [Fact]
    public void Generate_AnyWeek_EachMainLiftOnceWithLunges()
    {
        var plan = Plans.Generate(new ProfileBuilder().Build(), weeks: 8);

        foreach (var week in plan.Weeks)
        {
            var mains = week.Sessions.SelectMany(s => s.Exercises).Where(e => e.Role == ExerciseRole.Main).Select(e => e.MainLift);
            mains.ShouldBe([MainLift.Squat, MainLift.BenchPress, MainLift.OverheadPress, MainLift.Deadlift], ignoreOrder: true);
            week.Sessions.SelectMany(s => s.Exercises).ShouldContain(e => e.Name == "Walking lunge");
        }
    }

    [Fact]
    public void Generate_TwoLiftDays_PairsSquatWithBenchAndDeadliftWithPress()
    {
        var profile = new ProfileBuilder().WithDays(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday).Build();

        var lifts = Plans.Generate(profile).Weeks[0].Sessions.Where(s => s.Kind == SessionKind.Lift)
            .Select(s => s.Exercises.Where(e => e.Role == ExerciseRole.Main).Select(e => e.MainLift!.Value).ToArray()).ToArray();

        lifts.ShouldBe([[MainLift.Squat, MainLift.BenchPress], [MainLift.Deadlift, MainLift.OverheadPress]]);
    }

    [Fact]
    public void Generate_DeloadWeek_NoAmrapNoSupplementalAndNotHard()
    {
        var deload = Plans.Generate(new ProfileBuilder().Build()).Weeks[3];

        var lifts = deload.Sessions.Where(s => s.Kind == SessionKind.Lift).ToList();

        deload.WaveWeek.ShouldBe(4);
        lifts.ShouldAllBe(s => !s.HardOnLegs && s.IsDeload);
        lifts.SelectMany(s => s.Exercises).ShouldNotContain(e => e.Role == ExerciseRole.Supplemental || e.Sets.Any(x => x.Amrap));
    }

    [Fact]
    public void Generate_FifthWeek_TrainingMaxesGoUpOneStep()
    {
        var plan = Plans.Generate(new ProfileBuilder().Build(), weeks: 5);

        plan.Weeks[4].TrainingMaxes.ShouldBe(plan.TrainingMaxes with
        {
            Squat = plan.TrainingMaxes.Squat + 5,
            BenchPress = plan.TrainingMaxes.BenchPress + 2.5m,
            Deadlift = plan.TrainingMaxes.Deadlift + 5,
            OverheadPress = plan.TrainingMaxes.OverheadPress + 2.5m,
        });
    }

    [Fact]
    public void Generate_SquatTested140_WeekThreeTopSetIs120ForOneOrMore()
    {
        var squat = Plans.Generate(new ProfileBuilder().Build()).Weeks[2].Sessions
            .SelectMany(s => s.Exercises).Single(e => e is { Role: ExerciseRole.Main, MainLift: MainLift.Squat });

        squat.Sets[2].ShouldBe(new ExerciseSet(1, 120m, 95, true));
    }

    [Fact]
    public void Generate_HeavyLegLift_CarriesFoamRollingPrompt()
    {
        var sessions = Plans.Generate(new ProfileBuilder().Build()).Weeks[0].Sessions;

        sessions.Where(s => s.Kind == SessionKind.Lift && s.HardOnLegs).ShouldAllBe(s => s.FoamRollingPrompt != null);
    }

    [Fact]
    public void Generate_BodyWeight82_ProteinAndSleepCopy()
    {
        var plan = Plans.Generate(new ProfileBuilder().WithBodyWeight(82).Build());

        plan.ProteinGramsPerDay.ShouldBe(131);
        plan.SleepTarget.ShouldBe(new Reason(ReasonKeys.SleepTargetAdult));
    }

    [Fact]
    public void Generate_AthleteOver65_SleepCopySaysSevenToEight() =>
        Plans.Generate(new ProfileBuilder().WithBirthYear(1955).Build()).SleepTarget.ShouldBe(new Reason(ReasonKeys.SleepTargetOlderAdult));
}
