namespace HybridTrainer.Data.Gyms;

public class Gym
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Printed sheets round bar loads to this pair of plates (issue: gym sheets); 2.5 kg by default.</summary>
    public decimal SmallestPlatePairKg { get; set; } = 2.5m;

    public DateTimeOffset CreatedAt { get; set; }

    public List<GymMembership> Members { get; } = [];
}
