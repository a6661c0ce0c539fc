using HybridTrainer.Domain.Progress;

namespace HybridTrainer.Domain.Tests.Progress;

public class WeekOverWeekTests
{
    [Fact]
    public void Compare_AboveTheMeanByMoreThanTheMargin_IsUp()
    {
        var result = WeekOverWeek.Compare(5, [3, 4, 4, 5], WeekOverWeek.SessionsFlat);

        (result.Average, result.Direction, result.Change).ShouldBe((4m, TrendDirection.Up, 1m));
    }

    [Fact]
    public void Compare_InsideTheMargin_IsFlat() =>
        WeekOverWeek.Compare(80.2m, [80m, null, 80m, null], WeekOverWeek.BodyWeightFlatKg).Direction.ShouldBe(TrendDirection.Flat);

    [Fact]
    public void Compare_NoEarlierFigure_HasNoDirection() =>
        WeekOverWeek.Compare(80m, [null, null], WeekOverWeek.BodyWeightFlatKg).Direction.ShouldBeNull();

    [Fact]
    public void CompareRelative_LoadTwelvePercentLower_IsDown() =>
        WeekOverWeek.CompareRelative(880, [1000, 1000, 1000, 1000], WeekOverWeek.LoadFlatFraction).Direction.ShouldBe(TrendDirection.Down);
}
