using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using System.Security.Claims;
using HybridTrainer.Data.Identity;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;
using HybridTrainer.Web.Features.Plan;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Domain.Training;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.Tests.Infrastructure;

/// <summary>Builds people and their links through the app's own services, as registration would.</summary>
public sealed class TestData(AppFactory app)
{
    public const string Password = "correct horse battery staple";

    // Hashing the same password at the production round count for each of a run's thousand-odd people would cost
    // minutes; one hash from the app's own hasher serves them all, and every sign-in still verifies it at full cost.
    private static string? _passwordHash;

    public async Task<AppUser> UserAsync(string role, string? email = null, string? name = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        var user = new AppUser { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = name ?? email, CreatedAt = TestClock.Start };
        user.PasswordHash = _passwordHash ??= scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>().HashPassword(user, Password);
        var created = await users.CreateAsync(user);
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return user;
    }

    public async Task<Athlete> AthleteAsync(string name, Guid? userId = null, Guid? gymId = null)
    {
        await using var db = app.CreateDbContext();
        var athlete = new Athlete { Id = Guid.NewGuid(), UserId = userId, GymId = gymId, DisplayName = name, CreatedAt = TestClock.Start, UpdatedAt = TestClock.Start };
        db.Athletes.Add(athlete);
        await db.SaveChangesAsync();
        return athlete;
    }

    /// <summary>An athlete whose profile has everything the engine needs: 82 kg, 8 weeks of running, 22:30 for 5 km.</summary>
    public async Task<Athlete> CompleteAthleteAsync(Guid userId, params DayOfWeek[] days)
    {
        await using var db = app.CreateDbContext();
        var athlete = new Athlete
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            DisplayName = "Complete Athlete",
            BodyWeightKg = 82m,
            BirthYear = 1994,
            RestingHeartRate = 60,
            RunningBaseWeeks = 8,
            FiveKmTime = TimeSpan.FromSeconds(22 * 60 + 30),
            AvailableDays = days.Length > 0 ? [.. days] : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
            CreatedAt = TestClock.Start,
            UpdatedAt = TestClock.Start,
        };
        foreach (var (lift, max) in new[] { (MainLift.Squat, 140m), (MainLift.BenchPress, 100m), (MainLift.Deadlift, 180m), (MainLift.OverheadPress, 60m) })
        {
            athlete.LiftMaxes.Add(new LiftMaxEntry { Id = Guid.NewGuid(), AthleteId = athlete.Id, Lift = lift, OneRepMaxKg = max });
        }

        db.Athletes.Add(athlete);
        await db.SaveChangesAsync();
        return athlete;
    }

    public static ClaimsPrincipal Principal(Guid userId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], "test"));

    /// <summary>A new athlete with a complete profile and a saved block, as the plan page would save it.</summary>
    public async Task<(ClaimsPrincipal User, Athlete Athlete, string Email)> AthleteWithBlockAsync(DateOnly start, int weeks = 1, params DayOfWeek[] days)
    {
        var user = await UserAsync(AppRoles.Athlete);
        var athlete = await CompleteAthleteAsync(user.Id, days);
        var principal = Principal(user.Id);
        await using var scope = app.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<PlanService>()
            .SaveAsync(principal, null, new GenerateBlockInput { StartDate = start.ToDateTime(TimeOnly.MinValue), Weeks = weeks });
        saved.Failure.ShouldBeNull();
        return (principal, athlete, user.Email!);
    }

    /// <summary>Puts one of the athlete's hard leg sessions on the given day, swapping dates with whatever was there.</summary>
    public async Task<Guid> HardSessionOnAsync(Guid athleteId, DateOnly day)
    {
        await using var db = app.CreateDbContext();
        var sessions = await db.PlannedSessions.Where(s => s.AthleteId == athleteId).ToListAsync();
        var hard = sessions.First(s => s.HardOnLegs);
        sessions.Where(s => s.Date == day && s.Id != hard.Id).ToList().ForEach(s => s.Date = hard.Date);
        hard.Date = day;
        await db.SaveChangesAsync();
        return hard.Id;
    }

    public async Task<List<PlannedSession>> SessionsOfAsync(Guid athleteId)
    {
        await using var db = app.CreateDbContext();
        return await db.PlannedSessions.Where(s => s.AthleteId == athleteId).OrderBy(s => s.Date).ToListAsync();
    }

    public async Task<Gym> GymAsync(string name, params (Guid UserId, GymRole Role)[] members)
    {
        await using var db = app.CreateDbContext();
        var gym = new Gym { Id = Guid.NewGuid(), Name = name, CreatedAt = TestClock.Start };
        db.Gyms.Add(gym);
        foreach (var (userId, role) in members)
        {
            db.GymMemberships.Add(new GymMembership { Id = Guid.NewGuid(), GymId = gym.Id, UserId = userId, Role = role, JoinedAt = TestClock.Start });
        }

        await db.SaveChangesAsync();
        return gym;
    }

    public async Task LinkCoachAsync(Guid coachUserId, Guid athleteId, bool ended = false)
    {
        await using var db = app.CreateDbContext();
        db.CoachClients.Add(new CoachClient
        {
            Id = Guid.NewGuid(),
            CoachUserId = coachUserId,
            AthleteId = athleteId,
            StartedAt = TestClock.Start.AddDays(-30),
            EndedAt = ended ? TestClock.Start.AddDays(-1) : null,
        });
        await db.SaveChangesAsync();
    }
}
