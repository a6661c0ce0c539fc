using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Infrastructure;

/// <summary>Builds people and their links through the app's own services, as registration would.</summary>
public sealed class TestData(AppFactory app)
{
    public const string Password = "correct horse battery staple";

    public async Task<AppUser> UserAsync(string role, string? email = null, string? name = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        var user = new AppUser { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = name ?? email, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return user;
    }

    public async Task<Athlete> AthleteAsync(string name, Guid? userId = null, Guid? gymId = null)
    {
        await using var db = app.CreateDbContext();
        var athlete = new Athlete { Id = Guid.NewGuid(), UserId = userId, GymId = gymId, DisplayName = name, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        db.Athletes.Add(athlete);
        await db.SaveChangesAsync();
        return athlete;
    }

    public async Task<Gym> GymAsync(string name, params (Guid UserId, GymRole Role)[] members)
    {
        await using var db = app.CreateDbContext();
        var gym = new Gym { Id = Guid.NewGuid(), Name = name, CreatedAt = DateTimeOffset.UtcNow };
        db.Gyms.Add(gym);
        foreach (var (userId, role) in members)
        {
            db.GymMemberships.Add(new GymMembership { Id = Guid.NewGuid(), GymId = gym.Id, UserId = userId, Role = role, JoinedAt = DateTimeOffset.UtcNow });
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
            StartedAt = DateTimeOffset.UtcNow.AddDays(-30),
            EndedAt = ended ? DateTimeOffset.UtcNow.AddDays(-1) : null,
        });
        await db.SaveChangesAsync();
    }
}
