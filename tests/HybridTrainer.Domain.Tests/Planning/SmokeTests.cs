using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Planning;

public class SmokeTests
{
    [Fact]
    public void MainLift_HasFourLifts() => Enum.GetValues<MainLift>().Length.ShouldBe(4);
}
