using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Adaptation;

/// <summary>
/// Reads morning check-ins against the plan and proposes R27 downgrades for hard-on-legs sessions on days when a
/// readiness trigger fires. Nothing changes until a proposal is applied.
/// </summary>
public static class ReadinessAdvisor
{
    /// <summary>Proposals for every hard-on-legs session dated on a day with a check-in that fires a trigger.</summary>
    public static IReadOnlyList<DowngradeProposal> Propose(TrainingBlock plan, IReadOnlyList<RecoveryEntry> entries, int? profileRestingHeartRate = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(entries);
        var proposals = new List<DowngradeProposal>();
        foreach (var week in plan.Weeks)
        {
            foreach (var session in week.Sessions)
            {
                if (!session.HardOnLegs || !entries.Any(e => e.Date == session.Date))
                {
                    continue;
                }

                var fired = R27ReadinessDowngrade.TriggersOn(session.Date, entries, profileRestingHeartRate);
                if (fired.Count == 0)
                {
                    continue;
                }

                var legsSore = fired.Exists(f => f.Trigger == ReadinessTrigger.SoreMuscles);
                var replacement = session.Kind == SessionKind.Run
                    ? DowngradeReplacements.RecoveryRun(plan, session)
                    : legsSore ? DowngradeReplacements.UpperOnly(session) : DowngradeReplacements.Deload(session, week.TrainingMaxes);
                proposals.Add(new DowngradeProposal(session, replacement, [.. fired.Select(f => f.Reason)], [.. fired.Select(f => f.Trigger)]));
            }
        }

        return proposals;
    }

    /// <summary>Applies an accepted proposal: the same block with the one session replaced.</summary>
    public static TrainingBlock Apply(TrainingBlock plan, DowngradeProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return PlanEdits.ReplaceSession(plan, proposal.Session, proposal.Replacement);
    }
}
