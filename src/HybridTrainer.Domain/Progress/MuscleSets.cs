namespace HybridTrainer.Domain.Progress;

/// <summary>Hard sets per muscle group (halves allowed: a secondary muscle or a run repetition counts ½).</summary>
public sealed class MuscleSets
{
    public static readonly IReadOnlyList<MuscleGroup> Groups = Enum.GetValues<MuscleGroup>();

    private readonly decimal[] _sets = new decimal[Groups.Count];

    public decimal this[MuscleGroup muscle] => _sets[(int)muscle];

    public decimal Total => _sets.Sum();

    public void Add(MuscleGroup muscle, decimal sets)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sets);
        _sets[(int)muscle] += sets;
    }
}
