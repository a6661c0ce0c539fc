using System.Globalization;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Calendar;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Dashboard;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Tests.Features.Coach;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Time;

/// <summary>
/// The athlete's day turns over at their own midnight: half an hour before it and half an hour after, in Auckland,
/// UTC and Los Angeles, today's session, the check-in date, missed sessions, the week and the calendar feed follow.
/// </summary>
public class LocalMidnightTests(HostFixture host) : CoachHostTest(host)
{
    public static TheoryData<string> Zones => ["Pacific/Auckland", "UTC", "America/Los_Angeles"];

    // A block a few weeks ahead of the run's day, Monday to Saturday: its Wednesday and Sunday are the nights tested.
    private static readonly DateOnly BlockMonday = LocalDays.MondayOf(TestClock.Today.AddDays(14));

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task Dashboard_EitherSideOfLocalMidnight_ShowsThatDaysSession(string zone)
    {
        var (user, _) = await ClientInAsync(zone);
        var wednesday = BlockMonday.AddDays(2);

        var before = await With<DashboardService>(At(zone, wednesday, 23, 30)).GetAsync(user, null, Ct);
        var after = await With<DashboardService>(At(zone, wednesday.AddDays(1), 0, 30)).GetAsync(user, null, Ct);

        before!.Today.ShouldBe(wednesday);
        before.TodaysSessions.ShouldAllBe(s => s.Date == wednesday);
        before.TodaysSessions.ShouldNotBeEmpty();
        after!.Today.ShouldBe(wednesday.AddDays(1));
        after.TodaysSessions.ShouldAllBe(s => s.Date == wednesday.AddDays(1));
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task CheckIn_EitherSideOfLocalMidnight_IsDatedTheAthletesDay(string zone)
    {
        var (user, _) = await ClientInAsync(zone);
        var wednesday = BlockMonday.AddDays(2);

        var before = await With<RecoveryCheckIn>(At(zone, wednesday, 23, 30)).SaveAsync(user, null, new CheckInInput(), Ct);
        var after = await With<RecoveryCheckIn>(At(zone, wednesday.AddDays(1), 0, 30)).SaveAsync(user, null, new CheckInInput(), Ct);

        before.Value!.Date.ShouldBe(wednesday);
        after.Value!.Date.ShouldBe(wednesday.AddDays(1));
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task CoachTable_JustAfterLocalMidnight_CountsYesterdaysUnloggedSessionAsMissed(string zone)
    {
        var (_, coach) = await ClientInAsync(zone);
        var wednesday = BlockMonday.AddDays(2);

        var before = (await With<CoachDesk>(At(zone, wednesday, 23, 30)).ListClientsAsync(coach, Ct)).ShouldHaveSingleItem();
        var after = (await With<CoachDesk>(At(zone, wednesday.AddDays(1), 0, 30)).ListClientsAsync(coach, Ct)).ShouldHaveSingleItem();

        before.MissedThisWeek.ShouldBe(2, "Monday and Tuesday passed unlogged; Wednesday is still today");
        after.MissedThisWeek.ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task Week_EitherSideOfSundayMidnight_TurnsOverOnTheAthletesMonday(string zone)
    {
        var (user, _) = await ClientInAsync(zone);
        var sunday = BlockMonday.AddDays(6);

        var before = await With<PlanService>(At(zone, sunday, 23, 30)).GetWeekAsync(user, null, null, Ct);
        var after = await With<PlanService>(At(zone, sunday.AddDays(1), 0, 30)).GetWeekAsync(user, null, null, Ct);

        before!.Monday.ShouldBe(BlockMonday);
        after!.Monday.ShouldBe(BlockMonday.AddDays(7));
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task CalendarFeed_EitherSideOfLocalMidnight_StartsOnTheAthletesToday(string zone)
    {
        var (user, _) = await ClientInAsync(zone);
        var wednesday = BlockMonday.AddDays(2);
        var token = (await Service<CalendarFeedService>().CreateAsync(user, null, TestData.Password, Ct)).Value.ShouldNotBeNull();

        var before = await With<CalendarFeedService>(At(zone, wednesday, 23, 30)).RenderAsync(token, Ct);
        var after = await With<CalendarFeedService>(At(zone, wednesday.AddDays(1), 0, 30)).RenderAsync(token, Ct);

        var day = wednesday.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        before.ShouldNotBeNull().ShouldContain($"DTSTART;VALUE=DATE:{day}");
        after.ShouldNotBeNull().ShouldNotContain($"DTSTART;VALUE=DATE:{day}");
        after.ShouldContain($"DTSTART;VALUE=DATE:{wednesday.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}");
    }

    // The coach's principal for the coach table, the athlete's for everything else: both are returned.
    private async Task<(System.Security.Claims.ClaimsPrincipal User, System.Security.Claims.ClaimsPrincipal Coach)> ClientInAsync(string zone)
    {
        var (coach, coachId) = await CoachAsync();
        var (user, athlete) = await ClientAsync(coachId, "Alex", BlockMonday, weeks: 2);
        await using var db = App.CreateDbContext();
        await db.Athletes.Where(a => a.Id == athlete.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.TimeZone, zone), Ct);
        return (user, coach);
    }

    private static FakeTimeProvider At(string zone, DateOnly day, int hour, int minute)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new FakeTimeProvider(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, TimeZoneInfo.FindSystemTimeZoneById(zone)), TimeSpan.Zero));
    }

    // The service as the app builds it, on a clock of the test's own.
    private T With<T>(TimeProvider clock)
        where T : notnull => ActivatorUtilities.CreateInstance<T>(App.Services.CreateScope().ServiceProvider, clock);
}
