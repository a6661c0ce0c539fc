using CsCheck;
using HybridTrainer.Domain.Adaptation;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Adaptation;

public class AdaptationPropertyTests
{
    private static readonly Gen<(double Sleep, int Legs, int Wellness)> _morning =
        Gen.Select(Gen.Int[3, 9], Gen.Int[0, 10], Gen.Int[5, 25], (sleep, legs, wellness) => ((double)sleep, legs, wellness));

    [Fact]
    public void Apply_EveryProposalForRandomMornings_PlanStillChecksClean() =>
        Gen.Select(RandomPlans.Request, _morning.Array[112]).Sample((request, mornings) =>
        {
            var plan = BlockGenerator.Generate(request);
            var entries = Enumerable.Range(0, plan.Weeks.Count * 7).Select(d => Entry(request.StartDate.AddDays(d), mornings[d])).ToList();

            foreach (var proposal in ReadinessAdvisor.Propose(plan, entries, request.Profile.RestingHeartRate))
            {
                proposal.Replacement.HardOnLegs.ShouldBeFalse();
                plan = ReadinessAdvisor.Apply(plan, proposal);
            }

            var violations = PlanChecker.Check(plan, request.Profile, request.History);
            violations.ShouldBeEmpty(violations.Describe());
        }, iter: 500);

    [Fact]
    public void FromLog_BlockDoneAsPlanned_NextBlockChecksClean() =>
        RandomPlans.Request.Sample(request =>
        {
            var plan = BlockGenerator.Generate(request);
            var log = plan.Sessions.Select(s => new LoggedSession(s.Date, s.Kind, true, s.DurationMinutes, s.Run?.DistanceKm, s.PlannedRpe, [])).ToList();
            var history = HistoryBuilder.FromLog(plan, log, request.History);
            var next = new BlockRequest(request.Profile, request.StartDate.AddDays(7 * plan.Weeks.Count), 4, history);

            var violations = PlanChecker.Check(BlockGenerator.Generate(next), next.Profile, history);
            violations.ShouldBeEmpty(violations.Describe());
        }, iter: 500);

    private static RecoveryEntry Entry(DateOnly date, (double Sleep, int Legs, int Wellness) morning)
    {
        var item = Math.Clamp(morning.Wellness / 5, 1, 5);
        return new RecoveryEntry(date, morning.Sleep, morning.Legs, 2, new WellnessScores(item, item, item, item, item), null, null);
    }
}
