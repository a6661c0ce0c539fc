namespace HybridTrainer.BenchData;

/// <summary>
/// The shape of the benchmark gym: 500 athletes on 12-week blocks (8 weeks behind them, logged), 20 coaches holding
/// all of them. One coach has exactly 30 clients (the dashboard goal), one has 200 (the 200-sheet print), the other
/// 18 share the rest.
/// </summary>
internal static class BenchGym
{
    public const int Athletes = 500;
    public const int Coaches = 20;
    public const int DashboardCoachClients = 30;
    public const int PrintCoachClients = 200;
    public const int BlockWeeks = 12;
    public const int PastWeeks = 8;
    public const string Password = "Bench-Password-2026";
    public const string EmailDomain = "bench.hybridtrainer.app";

    /// <summary>How many clients each coach holds, in coach order; sums to <see cref="Athletes"/>.</summary>
    public static IReadOnlyList<int> ClientsPerCoach()
    {
        var rest = Athletes - DashboardCoachClients - PrintCoachClients;
        var others = Coaches - 2;
        return [DashboardCoachClients, PrintCoachClients, .. Enumerable.Range(0, others).Select(i => (rest / others) + (i < rest % others ? 1 : 0))];
    }

    public static string AthleteEmail(int index) => $"athlete{index:000}@{EmailDomain}";

    public static string CoachEmail(int index) => $"coach{index:00}@{EmailDomain}";

    public static string StaffEmail => $"staff@{EmailDomain}";

    public static string AdminEmail => $"admin@{EmailDomain}";

    /// <summary>Monday of the week holding <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
