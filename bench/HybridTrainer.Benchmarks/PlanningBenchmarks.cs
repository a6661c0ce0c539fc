using BenchmarkDotNet.Attributes;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Benchmarks;

/// <summary>Generator and checker speed; targets on the project machine: 4-week block ≤ 20 µs, checker ≤ 5 µs.</summary>
[MemoryDiagnoser]
public class PlanningBenchmarks
{
    private static readonly DateOnly _start = new(2026, 11, 23);

    private readonly AthleteProfile _profile = new(
        82, 1994, 60, 8, TimeSpan.FromMinutes(22.5),
        new LiftMaxes(LiftMax.Tested(140), LiftMax.RepTest(80, 8), LiftMax.Tested(180), LiftMax.Tested(60)),
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
        Goal.Balanced,
        [new Shoe("road", "Road trainer", ShoeKind.Cushioned, 120), new Shoe("flat", "Minimal flat", ShoeKind.Minimalist, 60)]);

    private readonly TrainingHistory _history = new([1700, 1800, 1750], [100, 105, 110], []);
    private TrainingBlock _fourWeeks = null!;
    private TrainingBlock _dragged = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fourWeeks = BlockGenerator.Generate(new BlockRequest(_profile, _start, 4, _history));
        var lower = _fourWeeks.Weeks[1].Sessions.First(s => s.LiftFocus == LiftFocus.Lower);
        _dragged = PlanEdits.MoveSession(_fourWeeks, lower, lower.Date.AddDays(1));
    }

    [Benchmark]
    public TrainingBlock GenerateFourWeeks() => BlockGenerator.Generate(new BlockRequest(_profile, _start, 4, _history));

    [Benchmark]
    public TrainingBlock GenerateSixteenWeeks() => BlockGenerator.Generate(new BlockRequest(_profile, _start, 16, _history));

    [Benchmark]
    public IReadOnlyList<RuleViolation> CheckFourWeeksClean() => PlanChecker.Check(_fourWeeks, _profile, _history);

    [Benchmark]
    public IReadOnlyList<RuleViolation> CheckFourWeeksAfterDrag() => PlanChecker.Check(_dragged, _profile, _history);
}
