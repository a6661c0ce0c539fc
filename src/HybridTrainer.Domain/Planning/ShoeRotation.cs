using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Assigns shoes across a block's runs (R28), skipping retired pairs (R29).</summary>
internal sealed class ShoeRotation
{
    private readonly List<Shoe> _cushioned = [];
    private readonly List<Shoe> _minimalist = [];
    private int _nextCushioned;
    private int _nextMinimalist;

    public ShoeRotation(IReadOnlyList<Shoe> shoes)
    {
        foreach (var shoe in shoes)
        {
            if (!R29ShoeRetirement.IsRetired(shoe))
            {
                (shoe.Kind == ShoeKind.Minimalist ? _minimalist : _cushioned).Add(shoe);
            }
        }
    }

    /// <summary>Sets the shoe on each run of one week, in date order.</summary>
    public void AssignWeek(PlannedSession[] sessions)
    {
        var runs = 0;
        foreach (var session in sessions)
        {
            runs += session.Kind == SessionKind.Run ? 1 : 0;
        }

        var minimalistLeft = R28ShoeRotation.MaxMinimalistRuns(runs);
        var lastWasMinimalist = false;
        for (var i = 0; i < sessions.Length; i++)
        {
            var run = sessions[i];
            if (run.Kind != SessionKind.Run)
            {
                continue;
            }

            Shoe? shoe = null;
            if (_minimalist.Count > 0 && minimalistLeft > 0 && !lastWasMinimalist && R28ShoeRotation.MinimalistAllowed(run))
            {
                shoe = _minimalist[_nextMinimalist++ % _minimalist.Count];
                minimalistLeft--;
            }
            else if (_cushioned.Count > 0)
            {
                shoe = _cushioned[_nextCushioned++ % _cushioned.Count];
            }

            lastWasMinimalist = shoe?.Kind == ShoeKind.Minimalist;
            sessions[i] = run with { ShoeId = shoe?.Id };
        }
    }
}
