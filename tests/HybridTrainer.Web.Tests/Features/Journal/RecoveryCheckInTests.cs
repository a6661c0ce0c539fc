using HybridTrainer.Domain.Training;
using System.Security.Claims;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.Tests.Features.Journal;

public class RecoveryCheckInTests(HostFixture host) : HostTest(host)
{
    private static DateOnly Today => TestClock.Today;

    [Fact]
    public async Task CheckIn_FiveHoursSleepBeforeAHardSession_ProposesAnEasierOneWithoutChangingThePlan()
    {
        var (user, hardId) = await HardSessionTodayAsync();

        var result = await CheckIn.SaveAsync(user, null, new CheckInInput { SleepHours = 5m }, TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeTrue();
        result.Value!.Offer.ShouldNotBeNull();
        result.Value!.Offer.SessionId.ShouldBe(hardId);
        result.Value!.Offer.Reason.ShouldContain("slept 5 h");
        await using var db = App.CreateDbContext();
        (await db.PlannedSessions.SingleAsync(s => s.Id == hardId, TestContext.Current.CancellationToken)).HardOnLegs.ShouldBeTrue();
    }

    [Fact]
    public async Task Accept_TheProposal_ReplacesTodaysSessionWithTheEasyOneAndSaysWhy()
    {
        var (user, hardId) = await HardSessionTodayAsync();
        await CheckIn.SaveAsync(user, null, new CheckInInput { SleepHours = 5m }, TestContext.Current.CancellationToken);

        var accepted = await CheckIn.AcceptAsync(user, null, hardId, TestContext.Current.CancellationToken);

        accepted.ShouldBeTrue();
        await using var db = App.CreateDbContext();
        var row = await db.PlannedSessions.SingleAsync(s => s.Id == hardId, TestContext.Current.CancellationToken);
        row.HardOnLegs.ShouldBeFalse();
        row.Adjustment.ShouldBe("R27");
        // Kept as the engine's key and arguments, so each reader words it in their own language.
        row.DowngradeReason.ShouldBe($"{ReasonKeys.ReadinessShortSleep}|5|6");
        row.Date.ShouldBe(Today);
    }

    [Fact]
    public async Task CheckIn_AnOrdinaryMorning_ProposesNothing()
    {
        var (user, _) = await HardSessionTodayAsync();

        var result = await CheckIn.SaveAsync(user, null, new CheckInInput(), TestContext.Current.CancellationToken);

        result.Value!.Offer.ShouldBeNull();
    }

    [Fact]
    public async Task CheckIn_TwiceInADay_KeepsOneEntryWithTheLatestAnswers()
    {
        var (user, _) = await HardSessionTodayAsync();
        await CheckIn.SaveAsync(user, null, new CheckInInput { SleepHours = 8m }, TestContext.Current.CancellationToken);

        await CheckIn.SaveAsync(user, null, new CheckInInput { SleepHours = 6.5m }, TestContext.Current.CancellationToken);

        await using var db = App.CreateDbContext();
        (await db.RecoveryLogs.SingleAsync(TestContext.Current.CancellationToken)).SleepHours.ShouldBe(6.5m);
    }

    [Fact]
    public async Task CheckIn_ThirtyHoursOfSleep_IsRefusedAndStoresNothing()
    {
        var (user, _) = await HardSessionTodayAsync();

        var result = await CheckIn.SaveAsync(user, null, new CheckInInput { SleepHours = 30m }, TestContext.Current.CancellationToken);

        result.Failure!.Messages.ShouldBe(["Sleep is between 0 and 24 hours."]);
        await using var db = App.CreateDbContext();
        (await db.RecoveryLogs.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task Accept_AnotherAthletesSession_ChangesNothing()
    {
        var (owner, hardId) = await HardSessionTodayAsync();
        await CheckIn.SaveAsync(owner, null, new CheckInInput { SleepHours = 5m }, TestContext.Current.CancellationToken);
        var (intruder, _) = await HardSessionTodayAsync();
        await CheckIn.SaveAsync(intruder, null, new CheckInInput { SleepHours = 5m }, TestContext.Current.CancellationToken);

        (await CheckIn.AcceptAsync(intruder, null, hardId, TestContext.Current.CancellationToken)).ShouldBeFalse();

        await using var db = App.CreateDbContext();
        (await db.PlannedSessions.SingleAsync(s => s.Id == hardId, TestContext.Current.CancellationToken)).HardOnLegs.ShouldBeTrue();
    }

    private RecoveryCheckIn CheckIn => App.Services.CreateScope().ServiceProvider.GetRequiredService<RecoveryCheckIn>();

    // A one-week block from today, with a hard leg session placed on today.
    private async Task<(ClaimsPrincipal User, Guid HardSessionId)> HardSessionTodayAsync()
    {
        var data = new TestData(App);
        var (user, athlete, _) = await data.AthleteWithBlockAsync(Today, 1, Enum.GetValues<DayOfWeek>());
        return (user, await data.HardSessionOnAsync(athlete.Id, Today));
    }
}
