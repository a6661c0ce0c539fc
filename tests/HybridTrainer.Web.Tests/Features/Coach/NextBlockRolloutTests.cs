using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Coach;

public class NextBlockRolloutTests(HostFixture host) : CoachHostTest(host)
{
    [Fact]
    public async Task Run_OneIncompleteProfileAndAnotherCoachsClient_FailAloneAndTheOthersGetTheirBlocks()
    {
        var (coach, coachId) = await CoachAsync();
        var (_, first) = await ClientAsync(coachId, "Alex");
        var incomplete = await Data.AthleteAsync("New client");
        await Data.LinkCoachAsync(coachId, incomplete.Id);
        var (_, last) = await ClientAsync(coachId, "Priya");
        var (_, notMine) = await ClientAsync((await CoachAsync("Coach Tom")).Id, "Luca");
        var heard = new List<RolloutOutcome>();

        var outcomes = await Service<NextBlockRollout>().RunAsync(
            coach, [first.Id, incomplete.Id, last.Id, notMine.Id], new GenerateBlockInput { StartDate = NextMonday.ToDateTime(TimeOnly.MinValue), Weeks = 2 },
            outcome => { heard.Add(outcome); return Task.CompletedTask; }, Ct);

        outcomes.Select(o => o.Saved).ShouldBe([true, false, true, false]);
        heard.ShouldBe(outcomes);
        outcomes[0].Sessions.ShouldBe(12);
        outcomes[1].Error.ShouldNotBeNull().ShouldContain("profile");
        outcomes[3].Error.ShouldBe(Failure.NotVisible);
        (await Data.SessionsOfAsync(first.Id)).Count.ShouldBe(12);
        (await Data.SessionsOfAsync(last.Id)).Count.ShouldBe(12);
        (await Data.SessionsOfAsync(notMine.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_StartInThePast_TouchesNobody()
    {
        var (coach, coachId) = await CoachAsync();
        var (_, client) = await ClientAsync(coachId, "Alex");

        var outcomes = await Service<NextBlockRollout>().RunAsync(
            coach, [client.Id], new GenerateBlockInput { StartDate = Today.AddDays(-7).ToDateTime(TimeOnly.MinValue), Weeks = 1 }, cancellationToken: Ct);

        outcomes.ShouldHaveSingleItem().Error.ShouldNotBeNull().ShouldContain("Start today or later");
        (await Data.SessionsOfAsync(client.Id)).ShouldBeEmpty();
    }
}
