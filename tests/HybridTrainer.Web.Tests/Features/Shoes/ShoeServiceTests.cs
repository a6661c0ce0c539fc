using HybridTrainer.Web.Common;
using System.Security.Claims;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Journal;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Features.Shoes;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shoe = HybridTrainer.Data.Athletes.Shoe;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Shoes;

public class ShoeServiceTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_CompletedRunsInAPair_AddTheirLoggedDistanceToItsStartingKm()
    {
        var (user, athleteId, cushioned, minimalist) = await ShodAthleteWithBlockAsync();
        var runs = await RunsInAsync(athleteId, cushioned.Id);
        await LogAsync(athleteId, runs[0], completed: true, km: 10.5m);
        await LogAsync(athleteId, runs[1], completed: true, km: 8.25m);
        await LogAsync(athleteId, runs[2], completed: false, km: null);

        var view = (await Service.GetAsync(user, Ct))!;

        var pair = view.Shoes.Single(s => s.Id == cushioned.Id);
        (pair.StartingKm, pair.LoggedKm, pair.TotalKm).ShouldBe((495m, 18.75m, 513.75m));
        pair.Wear.ShouldBe(ShoeWear.Worn);
        view.Shoes.Single(s => s.Id == minimalist.Id).LoggedKm.ShouldBe(0m);
    }

    [Fact]
    public async Task Get_UpcomingRuns_ShowThePairThePlanAssignedToEach()
    {
        var (user, athleteId, cushioned, minimalist) = await ShodAthleteWithBlockAsync();

        var view = (await Service.GetAsync(user, Ct))!;

        await using var db = App.CreateDbContext();
        var planned = await db.PlannedSessions.Where(s => s.AthleteId == athleteId && s.Kind == SessionKind.Run).OrderBy(s => s.Date).ThenBy(s => s.Id).ToListAsync(Ct);
        view.Rotation.Select(r => (r.SessionId, r.ShoeId)).ShouldBe(planned.Take(ShoeService.RotationRuns).Select(s => (s.Id, s.ShoeId)));
        view.Rotation.ShouldAllBe(r => r.ShoeName == (r.ShoeId == cushioned.Id ? cushioned.Name : minimalist.Name));
        planned.ShouldContain(s => s.ShoeId == minimalist.Id);
    }

    [Fact]
    public async Task Retire_APairUsedByLoggedRuns_KeepsItListedAsRetiredWithItsDistance()
    {
        var (user, athleteId, cushioned, _) = await ShodAthleteWithBlockAsync();
        await LogAsync(athleteId, (await RunsInAsync(athleteId, cushioned.Id))[0], completed: true, km: 12m);

        (await Service.RetireAsync(user, cushioned.Id, Ct)).Succeeded.ShouldBeTrue();

        var pair = (await Service.GetAsync(user, Ct))!.Shoes.Single(s => s.Id == cushioned.Id);
        pair.Wear.ShouldBe(ShoeWear.Retired);
        pair.TotalKm.ShouldBe(507m);
        await using var db = App.CreateDbContext();
        (await db.Shoes.SingleAsync(s => s.Id == cushioned.Id, Ct)).RetiredOn.ShouldNotBeNull();
    }

    [Fact]
    public async Task Retire_AnotherAthletesPair_IsNotFoundAndChangesNothing()
    {
        var (_, _, theirs, _) = await ShodAthleteWithBlockAsync();
        var (intruder, _, _, _) = await ShodAthleteWithBlockAsync();

        var result = await Service.RetireAsync(intruder, theirs.Id, Ct);

        result.Failure.ShouldBe(Failure.NotFound("That pair does not exist."));
        await using var db = App.CreateDbContext();
        (await db.Shoes.SingleAsync(s => s.Id == theirs.Id, Ct)).RetiredOn.ShouldBeNull();
    }

    [Fact]
    public async Task Add_InMiles_StoresKilometres()
    {
        var (user, athleteId, _, _) = await ShodAthleteWithBlockAsync();

        var result = await Service.AddAsync(user, new AddShoeInput { Name = " Trail pair ", Kind = ShoeKind.Cushioned, Distance = 100m, Units = UnitSystem.Imperial }, Ct);

        result.Succeeded.ShouldBeTrue();
        await using var db = App.CreateDbContext();
        var added = await db.Shoes.SingleAsync(s => s.AthleteId == athleteId && s.Name == "Trail pair", Ct);
        added.Kilometres.ShouldBe(160.9m);
    }

    [Fact]
    public async Task Add_WithoutAName_IsRefusedWithTheFieldMessage()
    {
        var (user, athleteId, _, _) = await ShodAthleteWithBlockAsync();

        var result = await Service.AddAsync(user, new AddShoeInput { Name = "  ", Distance = 6000m }, Ct);

        result.Succeeded.ShouldBeFalse();
        result.Failure!.Messages.ShouldBe(["Name the pair, for example \"Daily trainer\".", "Enter 0 to 5000 km."]);
        await using var db = App.CreateDbContext();
        (await db.Shoes.CountAsync(s => s.AthleteId == athleteId, Ct)).ShouldBe(2);
    }

    [Fact]
    public async Task Get_SignedInUserWithoutAnAthleteProfile_IsNull()
    {
        var coach = await new TestData(App).UserAsync(AppRoles.Coach);

        (await Service.GetAsync(TestData.Principal(coach.Id), Ct)).ShouldBeNull();
    }

    private ShoeService Service => App.Services.CreateScope().ServiceProvider.GetRequiredService<ShoeService>();

    /// <summary>A complete athlete with a cushioned pair at 495 km and a minimalist one at 40 km, then a 2-week block.</summary>
    private async Task<(ClaimsPrincipal User, Guid AthleteId, Shoe Cushioned, Shoe Minimalist)> ShodAthleteWithBlockAsync()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        var athlete = await data.CompleteAthleteAsync(user.Id);
        var now = TestClock.Start;
        var cushioned = new Shoe { Id = Guid.NewGuid(), AthleteId = athlete.Id, Name = "Daily trainer", Kind = ShoeKind.Cushioned, Kilometres = 495m, CreatedAt = now };
        var minimalist = new Shoe { Id = Guid.NewGuid(), AthleteId = athlete.Id, Name = "Flats", Kind = ShoeKind.Minimalist, Kilometres = 40m, CreatedAt = now.AddSeconds(1) };
        await using (var db = App.CreateDbContext())
        {
            db.Shoes.AddRange(cushioned, minimalist);
            await db.SaveChangesAsync(Ct);
        }

        var principal = TestData.Principal(user.Id);
        await using var scope = App.Services.CreateAsyncScope();
        var start = LocalDays.MondayOf(TestClock.Today.AddDays(7));
        var saved = await scope.ServiceProvider.GetRequiredService<PlanService>()
            .SaveAsync(principal, null, new GenerateBlockInput { StartDate = start.ToDateTime(TimeOnly.MinValue), Weeks = 2 }, Ct);
        saved.Failure.ShouldBeNull();
        return (principal, athlete.Id, cushioned, minimalist);
    }

    private async Task<List<Guid>> RunsInAsync(Guid athleteId, Guid shoeId)
    {
        await using var db = App.CreateDbContext();
        return await db.PlannedSessions.Where(s => s.AthleteId == athleteId && s.ShoeId == shoeId).OrderBy(s => s.Date).Select(s => s.Id).ToListAsync(Ct);
    }

    private async Task LogAsync(Guid athleteId, Guid sessionId, bool completed, decimal? km)
    {
        await using var db = App.CreateDbContext();
        db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = sessionId, AthleteId = athleteId, Completed = completed, DistanceKm = km, ActualDurationMinutes = 40, Rpe = 4, LoggedAt = TestClock.Start });
        await db.SaveChangesAsync(Ct);
    }
}
