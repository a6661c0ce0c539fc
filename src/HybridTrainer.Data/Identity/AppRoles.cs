namespace HybridTrainer.Data.Identity;

/// <summary>The four roles of the product, seeded by the first migration with fixed ids.</summary>
public static class AppRoles
{
    public const string Athlete = nameof(Athlete);
    public const string Coach = nameof(Coach);
    public const string GymStaff = nameof(GymStaff);
    public const string GymAdmin = nameof(GymAdmin);

    public static readonly IReadOnlyList<(Guid Id, string Name)> All =
    [
        (new Guid("6f0c1d7e-0a41-4c55-9a3e-2b7d7d5c0001"), Athlete),
        (new Guid("6f0c1d7e-0a41-4c55-9a3e-2b7d7d5c0002"), Coach),
        (new Guid("6f0c1d7e-0a41-4c55-9a3e-2b7d7d5c0003"), GymStaff),
        (new Guid("6f0c1d7e-0a41-4c55-9a3e-2b7d7d5c0004"), GymAdmin),
    ];
}
