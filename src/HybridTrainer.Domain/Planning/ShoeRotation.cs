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
    private int _minimalistLeft;
    private bool _lastWasMinimalist;

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

    /// <summary>Starts a week of <paramref name="runs"/> runs: at most one in three may use the minimalist pair.</summary>
    public void StartWeek(int runs)
    {
        _minimalistLeft = R28ShoeRotation.MaxMinimalistRuns(runs);
        _lastWasMinimalist = false;
    }

    /// <summary>The shoe for the next run of the week, in date order; null when no suitable pair is on file.</summary>
    public string? Next(RunType type, int minutes)
    {
        Shoe? shoe = null;
        if (_minimalist.Count > 0 && _minimalistLeft > 0 && !_lastWasMinimalist && R28ShoeRotation.MinimalistAllowed(type, minutes))
        {
            shoe = _minimalist[_nextMinimalist++ % _minimalist.Count];
            _minimalistLeft--;
        }
        else if (_cushioned.Count > 0)
        {
            shoe = _cushioned[_nextCushioned++ % _cushioned.Count];
        }

        _lastWasMinimalist = shoe?.Kind == ShoeKind.Minimalist;
        return shoe?.Id;
    }
}
