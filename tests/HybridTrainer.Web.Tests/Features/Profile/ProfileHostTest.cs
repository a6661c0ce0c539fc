using HybridTrainer.Web.Common;
using System.Security.Claims;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Profile;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Goal = HybridTrainer.Domain.Athletes.Goal;
using ShoeKind = HybridTrainer.Domain.Athletes.ShoeKind;

namespace HybridTrainer.Web.Tests.Features.Profile;

/// <summary>The signed-in athlete, their row and the profile service, for tests against the real database.</summary>
public abstract class ProfileHostTest(HostFixture host) : HostTest(host)
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<(ClaimsPrincipal User, Athlete Athlete)> AthleteWithLoginAsync()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        var athlete = await data.AthleteAsync("Robin Runner", user.Id);
        return (Principal(user.Id, AppRoles.Athlete), athlete);
    }

    internal static ClaimsPrincipal Principal(Guid userId, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Role, role)], "Test"));

    protected async Task<ProfileDraft> LoadAsync(ClaimsPrincipal user)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ProfileService>().LoadAsync(user, Ct)).ShouldNotBeNull();
    }

    protected async Task<Outcome<ProfileSaved>> SaveAsync(ClaimsPrincipal user, ProfileDraft draft)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProfileService>().SaveAsync(user, draft, Ct);
    }

    protected async Task<Athlete> RowAsync(Guid athleteId)
    {
        await using var db = App.CreateDbContext();
        return await db.Athletes.AsNoTracking().Include(a => a.LiftMaxes).Include(a => a.Shoes).SingleAsync(a => a.Id == athleteId, Ct);
    }

    /// <summary>Fills every step, in pounds and miles for imperial, keeping the loaded version.</summary>
    internal static ProfileDraft Draft(ProfileDraft loaded, UnitSystem units)
    {
        var imperial = units == UnitSystem.Imperial;
        loaded.ChangeUnits(units);
        loaded.Body.BodyWeight = 180m;
        (loaded.Body.BirthYear, loaded.Body.RestingHeartRate) = (1990, 52);
        (loaded.Running.RunningBaseWeeks, loaded.Running.FiveKmTime) = (30, "24:30");
        loaded.Lifts.Lifts =
        [
            new() { Lift = MainLift.Squat, OneRepMax = imperial ? 225m : 140m },
            new() { Lift = MainLift.BenchPress, Kind = LiftTestKind.RepTest, Weight = imperial ? 175m : 80m, Reps = 5 },
            new() { Lift = MainLift.Deadlift, OneRepMax = imperial ? 315m : 180m },
            new() { Lift = MainLift.OverheadPress, OneRepMax = imperial ? 115m : 55m },
        ];
        loaded.Schedule.AvailableDays = [DayOfWeek.Sunday, DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Wednesday];
        loaded.Schedule.Goal = Goal.RunStronger;
        loaded.Shoes.Shoes =
        [
            new() { Name = "Daily trainer", Kind = ShoeKind.Cushioned, Distance = imperial ? 100m : 160m },
            new() { Name = "Flats", Kind = ShoeKind.Minimalist, Distance = 0m },
        ];
        return loaded;
    }
}
