using System.Diagnostics;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HybridTrainer.Data.Seeding;

/// <summary>
/// Seeds one gym, its admin and staff, two coaches with three clients each, and two self-coached athletes, every athlete
/// with eight lived weeks (plans, logs, check-ins) and a current block. Only into a database without accounts.
/// </summary>
public sealed partial class DemoDataSeeder(
    IDbContextFactory<HybridTrainerDbContext> dbFactory,
    UserManager<AppUser> users,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Users.AnyAsync(cancellationToken))
        {
            LogSkipped();
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var now = clock.GetUtcNow();
        var gym = new Gym { Id = Guid.CreateVersion7(now), Name = DemoAccounts.GymName, TimeZone = DemoAccounts.GymTimeZone, CreatedAt = now };
        db.Gyms.Add(gym);

        var userIds = new Dictionary<string, Guid>();
        foreach (var account in DemoAccounts.All)
        {
            userIds[account.Email] = await CreateUserAsync(account, now);
        }

        AddMembership(db, gym, userIds[DemoAccounts.GymAdmin.Email], GymRole.Admin, now);
        AddMembership(db, gym, userIds[DemoAccounts.GymStaff.Email], GymRole.Staff, now);
        AddMembership(db, gym, userIds[DemoAccounts.CoachMaria.Email], GymRole.Coach, now);
        AddMembership(db, gym, userIds[DemoAccounts.CoachTom.Email], GymRole.Coach, now);

        foreach (var demo in DemoAccounts.Athletes)
        {
            var athlete = DemoProfiles.Create(demo, userIds[demo.Account.Email], demo.Coach is null ? null : gym.Id, now);
            db.Athletes.Add(athlete);
            if (demo.Coach is not null)
            {
                AddMembership(db, gym, userIds[demo.Account.Email], GymRole.Member, now);
                db.CoachClients.Add(new CoachClient
                {
                    Id = Guid.CreateVersion7(now),
                    CoachUserId = userIds[demo.Coach.Email],
                    AthleteId = athlete.Id,
                    // Coached since before the seeded history began.
                    StartedAt = now.AddDays(-7 * (DemoLife.HistoryWeeks + 1)),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var historyStarted = Stopwatch.GetTimestamp();
        await DemoPlans.AddAsync(db, now, cancellationToken);
        var (total, history) = (Stopwatch.GetElapsedTime(started), Stopwatch.GetElapsedTime(historyStarted));
        LogSeeded(DemoLife.HistoryWeeks, (long)total.TotalMilliseconds, (long)history.TotalMilliseconds);
        foreach (var account in DemoAccounts.All)
        {
            LogAccount(account.Role, account.Email);
        }

        LogPassword(DemoAccounts.Password);
    }

    private async Task<Guid> CreateUserAsync(DemoAccount account, DateTimeOffset now)
    {
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(now),
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            TimeZone = account.TimeZone,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user, DemoAccounts.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {account.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, account.Role);
        return user.Id;
    }

    private static void AddMembership(HybridTrainerDbContext db, Gym gym, Guid userId, GymRole role, DateTimeOffset now) =>
        db.GymMemberships.Add(new GymMembership { Id = Guid.CreateVersion7(now), GymId = gym.Id, UserId = userId, Role = role, JoinedAt = now });

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data not seeded: the database already has accounts")]
    private partial void LogSkipped();

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded with {Weeks} weeks of history in {ElapsedMs} ms ({HistoryMs} ms for the history)")]
    private partial void LogSeeded(int weeks, long elapsedMs, long historyMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo account {Role,-9} {Email}")]
    private partial void LogAccount(string role, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo password for every account above: {DemoPassword} (demo data only)")]
    private partial void LogPassword(string demoPassword);
}
