using CsCheck;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Tests.Builders;

namespace HybridTrainer.Domain.Tests.Planning;

public class BlockGeneratorPropertyTests
{
    [Fact]
    public void Generate_AnyValidRequest_ChecksClean() =>
        RandomPlans.Request.Sample(request =>
        {
            var plan = BlockGenerator.Generate(request);
            var violations = PlanChecker.Check(plan, request.Profile, request.History);
            violations.ShouldBeEmpty(violations.Describe());
        }, iter: RandomPlans.Iterations);
}
