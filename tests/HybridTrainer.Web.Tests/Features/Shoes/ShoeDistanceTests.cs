using System.Security.Claims;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Time;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Features.Shoes;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Web.Tests.Features.Coach;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ShoeKind = HybridTrainer.Domain.Athletes.ShoeKind;

namespace HybridTrainer.Web.Tests.Features.Shoes;

/// <summary>
/// A pair has one distance everywhere: what it had when added plus its logged runs, the same on the athlete's shoes
/// page, on the coach's table and in the engine's profile (R28 rotation, R29 retirement).
/// </summary>
public sealed class ShoeDistanceTests(HostFixture host) : CoachHostTest(host)
{
    [Fact]
    public async Task APairWornThroughLogs_IsWornOnTheShoesPageTheCoachsTableAndInTheEngine()
    {
        var (coach, user, athleteId, run) = await CoachedAthleteWithPairAsync(495m);

        await LogAsync(user, run, 10m);

        var pair = (await Service<ShoeService>().GetAsync(user, Ct)).ShouldNotBeNull().Shoes.ShouldHaveSingleItem();
        (pair.TotalKm, pair.Wear).ShouldBe((505m, ShoeWear.Worn));
        var row = (await Service<CoachDesk>().ListClientsAsync(coach, Ct)).ShouldHaveSingleItem();
        row.WornShoes.ShouldBe(["Daily trainer (505 km)"]);
        row.ShoesToRetire.ShouldBeEmpty();
        var engine = (await ProfileShoesAsync(athleteId)).ShouldHaveSingleItem();
        (engine.Km, R29ShoeRetirement.IsWorn(engine), R29ShoeRetirement.IsRetired(engine)).ShouldBe((505d, true, false));
    }

    [Fact]
    public async Task APairRunPast800KmThroughLogs_IsToRetireOnTheShoesPageTheCoachsTableAndInTheEngine()
    {
        var (coach, user, athleteId, run) = await CoachedAthleteWithPairAsync(797m);

        await LogAsync(user, run, 12m);

        (await Service<ShoeService>().GetAsync(user, Ct)).ShouldNotBeNull().Shoes.ShouldHaveSingleItem().Wear.ShouldBe(ShoeWear.Retire);
        var row = (await Service<CoachDesk>().ListClientsAsync(coach, Ct)).ShouldHaveSingleItem();
        row.ShoesToRetire.ShouldBe(["Daily trainer (809 km)"]);
        row.Flags.ShouldContain("Shoes");
        // The engine retires it too: the runs still planned in it break R29 on the coach's table.
        R29ShoeRetirement.IsRetired((await ProfileShoesAsync(athleteId)).ShouldHaveSingleItem()).ShouldBeTrue();
        using (Languages.Use(Languages.English))
        {
            row.PlanWarnings.Select(StaticLocalizers.For<WhyText>().WordFinding)
                .ShouldContain(w => w.StartsWith("R29", StringComparison.Ordinal) && w.Contains("809 km", StringComparison.Ordinal));
        }
    }

    // A coached athlete with one cushioned pair at the given distance and a two-week block from last Monday.
    private async Task<(ClaimsPrincipal Coach, ClaimsPrincipal User, Guid AthleteId, Guid PastRunInPair)> CoachedAthleteWithPairAsync(decimal km)
    {
        var (coach, coachId) = await CoachAsync();
        var account = await Data.UserAsync(AppRoles.Athlete, name: "Alex");
        var athlete = await Data.CompleteAthleteAsync(account.Id);
        await Data.LinkCoachAsync(coachId, athlete.Id);
        var pair = new Shoe { Id = Guid.NewGuid(), AthleteId = athlete.Id, Name = "Daily trainer", Kind = ShoeKind.Cushioned, Kilometres = km, CreatedAt = TestClock.Start };
        await using (var db = App.CreateDbContext())
        {
            db.Shoes.Add(pair);
            await db.SaveChangesAsync(Ct);
        }

        var user = Principal(account.Id, AppRoles.Athlete);
        var start = LocalDays.MondayOf(Today).AddDays(-7);
        (await Service<PlanService>().SaveAsync(user, null, new GenerateBlockInput { StartDate = start.ToDateTime(TimeOnly.MinValue), Weeks = 2 }, Ct)).Failure.ShouldBeNull();
        var run = (await Data.SessionsOfAsync(athlete.Id)).First(s => s.ShoeId == pair.Id && s.Date < Today);
        return (coach, user, athlete.Id, run.Id);
    }

    private async Task LogAsync(ClaimsPrincipal user, Guid sessionId, decimal km) =>
        (await Service<SessionJournal>().SaveAsync(user, sessionId, new LogSessionInput { ActualDurationMinutes = 50, Rpe = 5, DistanceKm = km }, Ct)).Succeeded.ShouldBeTrue();

    private async Task<IReadOnlyList<HybridTrainer.Domain.Athletes.Shoe>> ProfileShoesAsync(Guid athleteId)
    {
        await using var db = App.CreateDbContext();
        var athlete = await db.Athletes.AsNoTracking().Include(a => a.LiftMaxes).Include(a => a.Shoes).AsSplitQuery().SingleAsync(a => a.Id == athleteId, Ct);
        return athlete.ToProfile().ShouldNotBeNull().Shoes;
    }
}
