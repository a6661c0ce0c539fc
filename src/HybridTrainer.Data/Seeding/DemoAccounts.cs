using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Data.Seeding;

/// <summary>The demo people, listed in the README. One shared password keeps the demo easy to try.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Password-2026";
    public const string GymName = "Riverside Strength & Run";

    /// <summary>The demo gym's clock, and its members'.</summary>
    public const string GymTimeZone = "Europe/London";

    public static readonly DemoAccount GymAdmin = new("admin@demo.hybridtrainer.app", "Grace Admin", AppRoles.GymAdmin);
    public static readonly DemoAccount GymStaff = new("staff@demo.hybridtrainer.app", "Sam Front-Desk", AppRoles.GymStaff);
    public static readonly DemoAccount CoachMaria = new("maria.coach@demo.hybridtrainer.app", "Maria Lopez", AppRoles.Coach);
    public static readonly DemoAccount CoachTom = new("tom.coach@demo.hybridtrainer.app", "Tom Becker", AppRoles.Coach);

    /// <summary>
    /// Each athlete's story over the seeded history: their goal, the one main lift that stalls, who sleeps badly this
    /// week (Jordan: the readiness flag on Maria's table) and whose daily trainer crosses 500 km (Alex's: R29).
    /// </summary>
    public static readonly IReadOnlyList<DemoAthlete> Athletes =
    [
        new(new("alex@demo.hybridtrainer.app", "Alex Kim", AppRoles.Athlete), 82m, 1994, 8, TimeSpan.FromSeconds(22 * 60 + 30), CoachMaria)
            { StalledLift = MainLift.OverheadPress, DailyTrainerKmAtStart = 455m },
        new(new("jordan@demo.hybridtrainer.app", "Jordan Reyes", AppRoles.Athlete), 70m, 1990, 20, TimeSpan.FromMinutes(21), CoachMaria)
            { Goal = Goal.Balanced, StalledLift = MainLift.BenchPress, SleepsBadlyThisWeek = true },
        new(new("priya@demo.hybridtrainer.app", "Priya Nair", AppRoles.Athlete), 60m, 1998, 2, null, CoachMaria)
            { StalledLift = MainLift.OverheadPress },
        new(new("luca@demo.hybridtrainer.app", "Luca Rossi", AppRoles.Athlete), 95m, 1987, 12, TimeSpan.FromMinutes(25), CoachTom)
            { StalledLift = MainLift.Deadlift },
        new(new("emma@demo.hybridtrainer.app", "Emma Schulz", AppRoles.Athlete), 64m, 2000, 30, TimeSpan.FromMinutes(20), CoachTom)
            { Goal = Goal.RunStronger, StalledLift = MainLift.BenchPress },
        new(new("noah@demo.hybridtrainer.app", "Noah Williams", AppRoles.Athlete), 77m, 1992, 6, TimeSpan.FromMinutes(28), CoachTom)
            { StalledLift = MainLift.Squat },
        new(new("sofia@demo.hybridtrainer.app", "Sofia Costa", AppRoles.Athlete, "Europe/Lisbon"), 58m, 1996, 40, TimeSpan.FromSeconds(19 * 60 + 45), null)
            { Goal = Goal.Balanced, StalledLift = MainLift.OverheadPress },
        new(new("ben@demo.hybridtrainer.app", "Ben Okafor", AppRoles.Athlete, "America/New_York"), 88m, 1985, 0, null, null)
            { StalledLift = MainLift.BenchPress },
    ];

    public static IEnumerable<DemoAccount> All =>
        new[] { GymAdmin, GymStaff, CoachMaria, CoachTom }.Concat(Athletes.Select(a => a.Account));
}

public sealed record DemoAccount(string Email, string DisplayName, string Role, string TimeZone = DemoAccounts.GymTimeZone);

/// <summary>
/// A demo athlete; those with a coach are members of the demo gym, the others are self-coached. The body weight, lift
/// maxes and shoe distances are those at the start of the seeded history, eight weeks before today.
/// </summary>
public sealed record DemoAthlete(
    DemoAccount Account,
    decimal BodyWeightKg,
    int BirthYear,
    int RunningBaseWeeks,
    TimeSpan? FiveKmTime,
    DemoAccount? Coach)
{
    public Goal Goal { get; init; } = Goal.BuildMuscle;

    /// <summary>The main lift whose AMRAPs stop progressing and miss in the last cycle, so the current block's R22 lowers it.</summary>
    public MainLift StalledLift { get; init; }

    /// <summary>Short nights from three days ago to this morning: R27's sleep trigger fires on the coach's table.</summary>
    public bool SleepsBadlyThisWeek { get; init; }

    /// <summary>The daily trainer's distance when the history starts; the logged runs add to it.</summary>
    public decimal DailyTrainerKmAtStart { get; init; } = 240m;
}
