namespace HybridTrainer.Data.Notifications;

/// <summary>
/// One person's choice for one kind of e-mail: on or off, and the hour of their own day it leaves. No row means off.
/// </summary>
public class NotificationSetting
{
    public Guid UserId { get; set; }

    public NotificationKind Kind { get; set; }

    public bool Enabled { get; set; }

    /// <summary>The hour (0–23) in the person's time zone at which the e-mail is due.</summary>
    public int SendHour { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
