namespace HybridTrainer.Data.Gyms;

/// <summary>A user's place in a gym. A self-coached athlete has none.</summary>
public class GymMembership
{
    public Guid Id { get; set; }

    public Guid GymId { get; set; }

    public Gym? Gym { get; set; }

    public Guid UserId { get; set; }

    public GymRole Role { get; set; }

    public DateTimeOffset JoinedAt { get; set; }
}
