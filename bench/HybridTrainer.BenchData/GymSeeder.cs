using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HybridTrainer.Data;
using HybridTrainer.Data.Access;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Planning;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.BenchData;

/// <summary>
/// Writes the benchmark gym (see <see cref="BenchGym"/>) into a migrated, empty database through the app's own
/// entities and mapping helpers, in a few large batches: blocks come from the real <see cref="BlockGenerator"/> and
/// are stored as the app's block save stores them. Every user gets a personal access token; the tokens and the
/// people the load scripts need go to <c>athletes.tsv</c> and <c>accounts.json</c> in the output folder.
/// </summary>
internal static class GymSeeder
{
    private const int AthletesPerBatch = 50;

    public static async Task<string> SeedAsync(string connectionString, string outputFolder, TimeProvider clock, CancellationToken cancellationToken)
    {
        // Identity shapes its tables from the app's Identity options (schema version 3: passkeys), so the seeder's
        // context gets them as the app gives them.
        await using var identity = new ServiceCollection()
            .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .BuildServiceProvider();
        var options = new DbContextOptionsBuilder<HybridTrainerDbContext>()
            .UseNpgsql(connectionString).UseSnakeCaseNamingConvention().UseApplicationServiceProvider(identity).Options;
        await using (var db = new HybridTrainerDbContext(options))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
            await db.Database.MigrateAsync(cancellationToken);
            if (await db.Users.AnyAsync(cancellationToken))
            {
                throw new InvalidOperationException("The database already has accounts; the benchmark seeds an empty one.");
            }
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var blockStart = BenchGym.MondayOf(today).AddDays(-7 * BenchGym.PastWeeks);
        var random = new Random(20261123);
        // Hashing is deliberately slow (PBKDF2): once for everybody keeps seeding in seconds.
        var passwordHash = new PasswordHasher<AppUser>().HashPassword(null!, BenchGym.Password);
        var roleIds = AppRoles.All.ToDictionary(r => r.Name, r => r.Id);

        var people = new People();
        List<Athlete> athletes = [];
        await using (var db = NewContext(options))
        {
            var gym = new Gym { Id = Guid.CreateVersion7(now), Name = "Benchmark Strength & Run", CreatedAt = now };
            db.Gyms.Add(gym);
            Guid AddUser(string email, string name, string role, GymRole gymRole)
            {
                var user = new AppUser
                {
                    Id = Guid.CreateVersion7(now),
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    DisplayName = name,
                    PasswordHash = passwordHash,
                    SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
                    ConcurrencyStamp = Guid.NewGuid().ToString(),
                    LockoutEnabled = true,
                    CreatedAt = now,
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[role] });
                db.GymMemberships.Add(new GymMembership { Id = Guid.CreateVersion7(now), GymId = gym.Id, UserId = user.Id, Role = gymRole, JoinedAt = now });
                people.Tokens[email] = AddToken(db, user.Id, now);
                return user.Id;
            }

            AddUser(BenchGym.AdminEmail, "Bench Admin", AppRoles.GymAdmin, GymRole.Admin);
            AddUser(BenchGym.StaffEmail, "Bench Front-Desk", AppRoles.GymStaff, GymRole.Staff);
            var coachIds = Enumerable.Range(0, BenchGym.Coaches)
                .Select(i => AddUser(BenchGym.CoachEmail(i), $"Coach {i:00}", AppRoles.Coach, GymRole.Coach)).ToList();
            for (var i = 0; i < BenchGym.Athletes; i++)
            {
                var email = BenchGym.AthleteEmail(i);
                var userId = AddUser(email, $"Athlete {i:000}", AppRoles.Athlete, GymRole.Member);
                var athlete = BenchProfiles.Create(i, random, userId, gym.Id, now);
                athletes.Add(athlete);
                db.Athletes.Add(athlete);
                people.Athletes.Add((athlete.Id, email));
            }

            var next = 0;
            foreach (var (coach, count) in coachIds.Zip(BenchGym.ClientsPerCoach()))
            {
                foreach (var athlete in athletes.Skip(next).Take(count))
                {
                    db.CoachClients.Add(new CoachClient { Id = Guid.CreateVersion7(now), CoachUserId = coach, AthleteId = athlete.Id, StartedAt = now.AddDays(-90) });
                }

                next += count;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var sessions = 0;
        var logs = 0;
        var checkIns = 0;
        foreach (var batch in athletes.Chunk(AthletesPerBatch))
        {
            await using var db = NewContext(options);
            foreach (var athlete in batch)
            {
                var profile = athlete.ToProfile() ?? throw new InvalidOperationException($"{athlete.DisplayName} has an incomplete profile");
                var request = new BlockRequest(profile, blockStart, BenchGym.BlockWeeks);
                var (block, rows) = BlockRows.Create(BlockGenerator.Generate(request), request, athlete.Id, athlete.UserId, now);
                db.TrainingBlocks.Add(block);
                db.PlannedSessions.AddRange(rows);
                var athleteLogs = BenchJournal.Logs(rows, today, random, now).ToList();
                db.SessionLogs.AddRange(athleteLogs);
                var athleteCheckIns = BenchJournal.CheckIns(athlete.Id, blockStart, today, random, now).ToList();
                db.RecoveryLogs.AddRange(athleteCheckIns);
                (sessions, logs, checkIns) = (sessions + rows.Count, logs + athleteLogs.Count, checkIns + athleteCheckIns.Count);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await WriteOutputAsync(outputFolder, people, today, cancellationToken);
        return $"{athletes.Count} athletes, {BenchGym.Coaches} coaches, {sessions} sessions, {logs} logs, {checkIns} check-ins";
    }

    private static HybridTrainerDbContext NewContext(DbContextOptions<HybridTrainerDbContext> options)
    {
        var db = new HybridTrainerDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        return db;
    }

    // The same shape as the app's access tokens: prefix, 32 random bytes URL-safe, only the SHA-256 stored.
    private static string AddToken(HybridTrainerDbContext db, Guid userId, DateTimeOffset now)
    {
        var token = "htp_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.PersonalAccessTokens.Add(new PersonalAccessToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Name = "benchmark",
            Prefix = token[..12],
            TokenHash = SHA256.HashData(Encoding.UTF8.GetBytes(token)),
            CreatedAt = now,
            ExpiresAt = now.AddDays(1),
        });
        return token;
    }

    private static async Task WriteOutputAsync(string folder, People people, DateOnly today, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        // One line per athlete: id, e-mail, token (what the wrk scripts spread their requests over).
        await File.WriteAllLinesAsync(
            Path.Combine(folder, "athletes.tsv"),
            people.Athletes.Select(a => $"{a.Id}\t{a.Email}\t{people.Tokens[a.Email]}"),
            cancellationToken);
        var accounts = new Dictionary<string, string>
        {
            ["password"] = BenchGym.Password,
            ["today"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["dashboardCoachEmail"] = BenchGym.CoachEmail(0),
            ["dashboardCoachToken"] = people.Tokens[BenchGym.CoachEmail(0)],
            ["printCoachEmail"] = BenchGym.CoachEmail(1),
            ["staffEmail"] = BenchGym.StaffEmail,
            ["staffToken"] = people.Tokens[BenchGym.StaffEmail],
            ["adminEmail"] = BenchGym.AdminEmail,
            ["athleteEmail"] = people.Athletes[0].Email,
            ["athleteId"] = people.Athletes[0].Id.ToString(),
        };
        await File.WriteAllTextAsync(Path.Combine(folder, "accounts.json"), JsonSerializer.Serialize(accounts), cancellationToken);
    }

    private sealed class People
    {
        public Dictionary<string, string> Tokens { get; } = [];

        public List<(Guid Id, string Email)> Athletes { get; } = [];
    }
}
