using HybridTrainer.Domain.Time;
namespace HybridTrainer.Data.Gyms;

public class Gym
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Printed sheets round bar loads to this pair of plates (issue: gym sheets); 2.5 kg by default.</summary>
    public decimal SmallestPlatePairKg { get; set; } = 2.5m;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The IANA time zone of the gym: the default for the clients its coaches add, and the day its sheets start.</summary>
    public string TimeZone { get; set; } = TimeZones.Utc;

    /// <summary>
    /// When set, the gym's coaches, staff and admins must have a second factor (an authenticator app or a passkey)
    /// before they can use the app; athletes never must.
    /// </summary>
    public bool RequireSecondFactorForStaff { get; set; }

    public List<GymMembership> Members { get; } = [];
}
