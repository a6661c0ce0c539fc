namespace HybridTrainer.Domain.Time;

/// <summary>
/// "Today" and the week it belongs to, in a person's own time zone: the one place the app turns the clock's instant
/// into a calendar day. In Los Angeles the day turns over eight hours after UTC's, in Auckland twelve or thirteen before.
/// </summary>
public static class LocalDays
{
    /// <summary>The date it is now in <paramref name="timeZoneId"/> (UTC when the id is unknown).</summary>
    public static DateOnly TodayIn(this TimeProvider clock, string? timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateIn(clock.GetUtcNow(), timeZoneId);
    }

    /// <summary>The date an instant falls on in <paramref name="timeZoneId"/> (UTC when the id is unknown).</summary>
    public static DateOnly DateIn(DateTimeOffset instant, string? timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZones.Find(timeZoneId)).DateTime);

    /// <summary>The Monday of the week holding <paramref name="day"/>: weeks run Monday to Sunday.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The Monday of the current week in <paramref name="timeZoneId"/>.</summary>
    public static DateOnly ThisMondayIn(this TimeProvider clock, string? timeZoneId) => MondayOf(clock.TodayIn(timeZoneId));

    /// <summary>The latest date it is anywhere on Earth now (UTC+14): a date after it is in everyone's future.</summary>
    public static DateOnly LatestToday(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14));
    }

    /// <summary>The earliest date it is anywhere on Earth now (UTC−12): a date before it is in everyone's past.</summary>
    public static DateOnly EarliestToday(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(-12));
    }
}
