using HybridTrainer.Domain.Time;
using Microsoft.Extensions.Time.Testing;

namespace HybridTrainer.Web.UnitTests.Time;

public class LocalDaysTests
{
    [Theory]
    [InlineData("Pacific/Auckland", "2026-12-05T10:59:00Z", "2026-12-05")]
    [InlineData("Pacific/Auckland", "2026-12-05T11:00:00Z", "2026-12-06")]
    [InlineData("UTC", "2026-12-05T23:59:00Z", "2026-12-05")]
    [InlineData("UTC", "2026-12-06T00:00:00Z", "2026-12-06")]
    [InlineData("America/Los_Angeles", "2026-12-06T07:59:00Z", "2026-12-05")]
    [InlineData("America/Los_Angeles", "2026-12-06T08:00:00Z", "2026-12-06")]
    public void TodayIn_EitherSideOfLocalMidnight_IsThatPlacesDate(string zone, string instant, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        clock.TodayIn(zone).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TodayIn_SpringForwardNightInLosAngeles_TurnsOverAtLocalMidnight()
    {
        // 8 March 2026: clocks go from 02:00 to 03:00; midnight that morning is still UTC−8.
        new FakeTimeProvider(new DateTimeOffset(2026, 3, 8, 7, 59, 0, TimeSpan.Zero)).TodayIn("America/Los_Angeles").ShouldBe(new DateOnly(2026, 3, 7));
        new FakeTimeProvider(new DateTimeOffset(2026, 3, 8, 8, 0, 0, TimeSpan.Zero)).TodayIn("America/Los_Angeles").ShouldBe(new DateOnly(2026, 3, 8));
        // The next midnight is UTC−7.
        new FakeTimeProvider(new DateTimeOffset(2026, 3, 9, 6, 59, 0, TimeSpan.Zero)).TodayIn("America/Los_Angeles").ShouldBe(new DateOnly(2026, 3, 8));
    }

    [Fact]
    public void TodayIn_AucklandSummerTimeEnds_TurnsOverAtLocalMidnight()
    {
        // 5 April 2026: Auckland leaves UTC+13 for UTC+12 at 03:00 local; the midnight after is UTC+12.
        new FakeTimeProvider(new DateTimeOffset(2026, 4, 5, 11, 59, 0, TimeSpan.Zero)).TodayIn("Pacific/Auckland").ShouldBe(new DateOnly(2026, 4, 5));
        new FakeTimeProvider(new DateTimeOffset(2026, 4, 5, 12, 0, 0, TimeSpan.Zero)).TodayIn("Pacific/Auckland").ShouldBe(new DateOnly(2026, 4, 6));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("W. Europe Standard Time")]
    public void TodayIn_UnknownZone_CountsInUtc(string? zone)
    {
        new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 23, 30, 0, TimeSpan.Zero)).TodayIn(zone).ShouldBe(new DateOnly(2026, 12, 5));
        TimeZones.IsKnown(zone).ShouldBeFalse();
    }

    [Fact]
    public void ThisMondayIn_SundayNightInLosAngeles_IsThatWeeksMonday()
    {
        // Monday 7 December 2026, 03:00 UTC: still Sunday evening in Los Angeles, already Monday in Auckland.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero));

        clock.ThisMondayIn("America/Los_Angeles").ShouldBe(new DateOnly(2026, 11, 30));
        clock.ThisMondayIn("Pacific/Auckland").ShouldBe(new DateOnly(2026, 12, 7));
    }

    [Fact]
    public void EarliestAndLatestToday_SpanEveryZone()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 11, 30, 0, TimeSpan.Zero));

        clock.EarliestToday().ShouldBe(new DateOnly(2026, 12, 4));
        clock.LatestToday().ShouldBe(new DateOnly(2026, 12, 6));
        clock.TodayIn("Pacific/Kiritimati").ShouldBeLessThanOrEqualTo(clock.LatestToday());
        clock.TodayIn("Etc/GMT+12").ShouldBeGreaterThanOrEqualTo(clock.EarliestToday());
    }
}
