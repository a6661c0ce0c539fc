using HybridTrainer.Domain.Adaptation;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Adaptation;

public class ReadinessScoreTests
{
    private static readonly DateOnly _day = new(2026, 11, 23);

    [Fact]
    public void For_WorkedExampleC8_Is67()
    {
        var entry = new RecoveryEntry(_day, 7, 3, 1, new WellnessScores(4, 3, 3, 4, 3), null, 4.2);

        ReadinessScore.For(entry, hrvBaselineMean: 4.2, hrvBaselineSd: 0.2).ShouldBe(67);
    }

    [Fact]
    public void For_NothingMeasured_IsNull() =>
        ReadinessScore.For(new RecoveryEntry(_day, null, null, null, null, null, null)).ShouldBeNull();

    [Fact]
    public void For_LongSleepOnly_CapsAtHundred() =>
        ReadinessScore.For(new RecoveryEntry(_day, 10, null, null, null, null, null)).ShouldBe(100);
}
