using HybridTrainer.Data.Notifications;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Features.Notifications;

/// <summary>
/// When an e-mail is due: from its hour in the person's own time zone, for <see cref="CatchUp"/> (so an app that was
/// down at 07:00 still sends when it is back at 08:30), never past that day's midnight: a morning digest at 23:00
/// would only be noise. Each kind is due at most once per local date; the sent-log makes sure of it.
/// </summary>
public static class NotificationSchedule
{
    public static readonly TimeSpan CatchUp = TimeSpan.FromHours(3);

    /// <summary>Failed sends are tried again this long after the failure, while still within the day.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(10);

    /// <summary>Attempts per e-mail in all, the first included; after that the row stays Failed.</summary>
    public const int MaxAttempts = 3;

    public static int DefaultHour(NotificationKind kind) => kind == NotificationKind.CoachDigest ? 7 : 18;

    /// <summary>The local date whose e-mail is due at <paramref name="now"/>, or null when none is.</summary>
    public static DateOnly? DueDate(DateTimeOffset now, string? timeZone, int sendHour)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZones.Find(timeZone)).DateTime;
        var since = local - local.Date.AddHours(sendHour);
        return since >= TimeSpan.Zero && since < CatchUp ? DateOnly.FromDateTime(local) : null;
    }
}
