using HybridTrainer.Domain.Athletes;

namespace HybridTrainer.Domain.Tests.Athletes;

public class LiftMaxTests
{
    [Theory]
    [InlineData(100, 5, 116.67)]
    [InlineData(80, 5, 93.33)]
    [InlineData(60, 8, 76.00)]
    [InlineData(140, 3, 154.00)]
    [InlineData(100, 10, 133.33)]
    public void OneRepMaxKg_RepTest_IsEpleyEstimate(int weight, int reps, double expected) =>
        Math.Round(LiftMax.RepTest(weight, reps).OneRepMaxKg, 2).ShouldBe((decimal)expected);

    [Fact]
    public void OneRepMaxKg_SingleRep_IsTheWeightItself() =>
        LiftMax.RepTest(70, 1).OneRepMaxKg.ShouldBe(70m);

    [Fact]
    public void OneRepMaxKg_TestedMax_IsTheWeight() =>
        LiftMax.Tested(142.5m).OneRepMaxKg.ShouldBe(142.5m);

    [Theory]
    [InlineData(11)]
    [InlineData(0)]
    public void RepTest_RepsOutsideOneToTen_IsRejected(int reps) =>
        Should.Throw<ArgumentOutOfRangeException>(() => LiftMax.RepTest(100, reps));

    [Fact]
    public void RepTest_ZeroWeight_IsRejected() =>
        Should.Throw<ArgumentOutOfRangeException>(() => LiftMax.RepTest(0, 5));
}
