using System.Security.Claims;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Coach;

/// <summary>Coaches and their clients, built through the app's own services, and a way to call any service.</summary>
public abstract class CoachHostTest(HostFixture host) : HostTest(host)
{
    protected static readonly DateOnly Today = TestClock.Today;

    protected static readonly DateOnly NextMonday = LocalDays.MondayOf(Today.AddDays(7));

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected TestData Data => new(App);

    protected async Task<(ClaimsPrincipal User, Guid Id)> CoachAsync(string name = "Coach Maria")
    {
        var coach = await Data.UserAsync(AppRoles.Coach, name: name);
        return (Principal(coach.Id, AppRoles.Coach), coach.Id);
    }

    /// <summary>An athlete with a login and a complete profile, coached by <paramref name="coachId"/>, with a block from <paramref name="start"/> when given.</summary>
    protected async Task<(ClaimsPrincipal User, Athlete Athlete)> ClientAsync(Guid coachId, string name, DateOnly? start = null, int weeks = 1)
    {
        var user = await Data.UserAsync(AppRoles.Athlete, name: name);
        var athlete = await Data.CompleteAthleteAsync(user.Id);
        await using (var db = App.CreateDbContext())
        {
            db.Athletes.Single(a => a.Id == athlete.Id).DisplayName = name;
            await db.SaveChangesAsync(Ct);
        }

        await Data.LinkCoachAsync(coachId, athlete.Id);
        var principal = Principal(user.Id, AppRoles.Athlete);
        if (start is { } day)
        {
            var saved = await Service<PlanService>().SaveAsync(principal, null, new GenerateBlockInput { StartDate = day.ToDateTime(TimeOnly.MinValue), Weeks = weeks }, Ct);
            saved.Failure.ShouldBeNull();
        }

        return (principal, athlete);
    }

    protected T Service<T>()
        where T : notnull => App.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    protected static ClaimsPrincipal Principal(Guid userId, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Role, role)], "Test"));
}
