using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Progress;

public class RepRecordsTests
{
    private static readonly DateOnly Day = new(2026, 10, 5);

    private static (DateOnly, LoggedSet) Bench(int day, decimal kg, int reps) =>
        (Day.AddDays(day), new LoggedSet(R04LiftSplit.BenchPressName, MainLift.BenchPress, reps, kg, true, 5));

    [Fact]
    public void From_KnownSets_KeepsTheBestRepsAtEachLoadWithTheFirstDateReached()
    {
        var records = RepRecords.From([Bench(0, 80, 6), Bench(7, 80, 8), Bench(14, 80, 8), Bench(14, 85, 5)]);

        records.ShouldBe([
            new RepRecord(MainLift.BenchPress, 85, 5, Day.AddDays(14)),
            new RepRecord(MainLift.BenchPress, 80, 8, Day.AddDays(7)),
        ]);
    }

    [Fact]
    public void From_AssistanceWork_IsNotARecord() =>
        RepRecords.From([(Day, new LoggedSet(R04LiftSplit.ChinUpName, null, 12, 0, false, 8))]).ShouldBeEmpty();
}
