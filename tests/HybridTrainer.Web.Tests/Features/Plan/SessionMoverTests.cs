using HybridTrainer.Web.Common;
using System.Security.Claims;
using HybridTrainer.Data.Journal;
using HybridTrainer.Data.Planning;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Tests.Features.Plan;

public class SessionMoverTests(HostFixture host) : HostTest(host)
{
    private static readonly DateTime NextMonday = LocalDays.MondayOf(TestClock.Today.AddDays(7)).ToDateTime(TimeOnly.MinValue);

    [Fact]
    public async Task Move_HardLegSessionNextToAnother_ReportsR5AndSavesNothing()
    {
        var (user, sessions) = await PlannedWeekAsync();
        var (moving, target) = HardNextToHard(sessions);

        var outcome = await Mover.MoveAsync(user, moving.Id, target, confirmed: false, TestContext.Current.CancellationToken);

        outcome.Failure!.Kind.ShouldBe(FailureKind.NeedsConfirmation);
        outcome.Failure!.Rules!.ShouldContain(v => v.Rule == "R5");
        (await DateOfAsync(moving.Id)).ShouldBe(moving.Date);
    }

    [Fact]
    public async Task Move_Confirmed_SavesTheNewDateAndWhoMovedIt()
    {
        var (user, sessions) = await PlannedWeekAsync();
        var (moving, target) = HardNextToHard(sessions);

        var outcome = await Mover.MoveAsync(user, moving.Id, target, confirmed: true, TestContext.Current.CancellationToken);

        outcome.Succeeded.ShouldBeTrue();
        await using var db = App.CreateDbContext();
        var stored = await db.PlannedSessions.SingleAsync(s => s.Id == moving.Id, TestContext.Current.CancellationToken);
        stored.Date.ShouldBe(target);
        stored.UpdatedByUserId.ShouldBe(Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!));
    }

    [Fact]
    public async Task Move_AnotherAthletesSession_IsNotFound()
    {
        var (_, sessions) = await PlannedWeekAsync();
        var (intruder, _) = await PlannedWeekAsync();

        var outcome = await Mover.MoveAsync(intruder, sessions[0].Id, sessions[0].Date.AddDays(1), confirmed: true, TestContext.Current.CancellationToken);

        outcome.Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await DateOfAsync(sessions[0].Id)).ShouldBe(sessions[0].Date);
    }

    [Fact]
    public async Task Move_LoggedSession_IsRefused()
    {
        var (user, sessions) = await PlannedWeekAsync();
        await using (var db = App.CreateDbContext())
        {
            db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = sessions[0].Id, AthleteId = sessions[0].AthleteId, Completed = true, LoggedAt = TestClock.Start });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var outcome = await Mover.MoveAsync(user, sessions[0].Id, sessions[0].Date.AddDays(1), confirmed: true, TestContext.Current.CancellationToken);

        outcome.Failure!.Kind.ShouldBe(FailureKind.Conflict);
        (await DateOfAsync(sessions[0].Id)).ShouldBe(sessions[0].Date);
    }

    [Fact]
    public async Task Move_IntoThePast_IsRefused()
    {
        var (user, sessions) = await PlannedWeekAsync();

        var outcome = await Mover.MoveAsync(user, sessions[0].Id, TestClock.Today.AddDays(-1), confirmed: true, TestContext.Current.CancellationToken);

        outcome.Failure!.Kind.ShouldBe(FailureKind.Conflict);
    }

    private SessionMover Mover => App.Services.CreateScope().ServiceProvider.GetRequiredService<SessionMover>();

    private static (PlannedSession Moving, DateOnly Target) HardNextToHard(IReadOnlyList<PlannedSession> sessions)
    {
        var hard = sessions.Where(s => s.HardOnLegs).ToList();
        hard.Count.ShouldBeGreaterThanOrEqualTo(2);
        var anchor = hard[0];
        var moving = hard[^1];
        return (moving, anchor.Date.AddDays(1));
    }

    private async Task<DateOnly> DateOfAsync(Guid sessionId)
    {
        await using var db = App.CreateDbContext();
        return await db.PlannedSessions.Where(s => s.Id == sessionId).Select(s => s.Date).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<(ClaimsPrincipal User, IReadOnlyList<PlannedSession> Sessions)> PlannedWeekAsync()
    {
        var data = new TestData(App);
        var (user, athlete, _) = await data.AthleteWithBlockAsync(DateOnly.FromDateTime(NextMonday));
        return (user, await data.SessionsOfAsync(athlete.Id));
    }
}
