using System.Security.Claims;
using CsCheck;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Athletes;

/// <summary>
/// The list of athletes a user sees, the lists for each operation (printing) and the gate for one athlete agree, in random
/// worlds of gyms, roles and coaching links.
/// </summary>
public class AthleteRelationPropertyTests(HostFixture host) : HostTest(host)
{
    private const int Users = 4;
    private const int AthletesInWorld = 5;

    private sealed record World(int?[] AthleteUser, int?[] AthleteGym, (int User, int Gym, GymRole Role)[] Memberships, (int Coach, int Athlete, bool Ended)[] Links);

    private static readonly Gen<World> _worlds =
        from owners in Gen.Int[-1, Users - 1].Array[AthletesInWorld]
        from gyms in Gen.Int[-1, 1].Array[AthletesInWorld]
        from memberships in Gen.Select(Gen.Int[0, Users - 1], Gen.Int[0, 1], Gen.Enum<GymRole>()).Array[0, 6]
        from links in Gen.Select(Gen.Int[0, Users - 1], Gen.Int[0, AthletesInWorld - 1], Gen.Bool).Array[0, 6]
        select new World(
            // One athlete profile per login at most.
            [.. owners.Select((u, i) => u < 0 || owners.Take(i).Contains(u) ? (int?)null : u)],
            [.. gyms.Select(g => g < 0 ? (int?)null : g)],
            [.. memberships.DistinctBy(m => (m.Item1, m.Item2, m.Item3))],
            // At most one active link per coach and athlete, as the database keeps it.
            [.. links.Where(l => l.Item3), .. links.Where(l => !l.Item3).DistinctBy(l => (l.Item1, l.Item2))]);

    [Fact]
    public async Task VisibleList_AndGate_AgreeForEveryUserAndAthlete()
    {
        int visible = 0, hidden = 0;
        await _worlds.SampleAsync(async world =>
        {
            await Host.ResetAsync();
            var (users, athletes) = await BuildAsync(world);
            await using var db = App.CreateDbContext();
            foreach (var user in users)
            {
                var listed = await AthleteDirectory.Visible(db, user).Select(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
                var allowing = new Dictionary<AthleteOperation, List<Guid>>();
                foreach (var operation in Enum.GetValues<AthleteOperation>())
                {
                    allowing[operation] = await AthleteRelations.Allowing(db, user, operation).Select(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
                }

                foreach (var athlete in athletes)
                {
                    var gate = await AthleteGate.ResolveAsync(db, Principal(user), athlete, TestContext.Current.CancellationToken);
                    (gate is not null).ShouldBe(listed.Contains(athlete), $"user {user}, athlete {athlete}");
                    foreach (var (operation, allowed) in allowing)
                    {
                        (gate is not null && AthleteOperations.Allows(gate.Relation, operation)).ShouldBe(allowed.Contains(athlete), $"user {user}, athlete {athlete}, {operation}");
                    }

                    _ = gate is null ? hidden++ : visible++;
                }
            }
        }, iter: 25, threads: 1);

        visible.ShouldBeGreaterThan(0, "pairs where the user may see the athlete");
        hidden.ShouldBeGreaterThan(0, "pairs where they may not");
    }

    private async Task<(Guid[] Users, Guid[] Athletes)> BuildAsync(World world)
    {
        await using var db = App.CreateDbContext();
        var users = Enumerable.Range(0, Users).Select(i => new AppUser
        {
            Id = Guid.NewGuid(), UserName = $"u{i}-{Guid.NewGuid():N}@example.test", DisplayName = $"User {i}", SecurityStamp = Guid.NewGuid().ToString(), CreatedAt = TestClock.Start,
        }).ToArray();
        db.Users.AddRange(users);
        var gyms = Enumerable.Range(0, 2).Select(i => new Gym { Id = Guid.NewGuid(), Name = $"Gym {i}", CreatedAt = TestClock.Start }).ToArray();
        db.Gyms.AddRange(gyms);
        var athletes = Enumerable.Range(0, AthletesInWorld).Select(i => new Athlete
        {
            Id = Guid.NewGuid(), DisplayName = $"Athlete {i}", UserId = world.AthleteUser[i] is { } u ? users[u].Id : null,
            GymId = world.AthleteGym[i] is { } g ? gyms[g].Id : null, CreatedAt = TestClock.Start, UpdatedAt = TestClock.Start,
        }).ToArray();
        db.Athletes.AddRange(athletes);
        db.GymMemberships.AddRange(world.Memberships.Select(m => new GymMembership
        {
            Id = Guid.NewGuid(), GymId = gyms[m.Gym].Id, UserId = users[m.User].Id, Role = m.Role, JoinedAt = TestClock.Start,
        }));
        db.CoachClients.AddRange(world.Links.Select(l => new CoachClient
        {
            Id = Guid.NewGuid(), CoachUserId = users[l.Coach].Id, AthleteId = athletes[l.Athlete].Id, StartedAt = TestClock.Start.AddDays(-30),
            EndedAt = l.Ended ? TestClock.Start.AddDays(-1) : null,
        }));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return ([.. users.Select(u => u.Id)], [.. athletes.Select(a => a.Id)]);
    }

    private static ClaimsPrincipal Principal(Guid userId) => new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], "test"));
}
