namespace HybridTrainer.Data.Notifications;

/// <summary>
/// The sent-log: one row per person, kind and local date, unique on the three. Whoever inserts the row first (an
/// instance of the app, or an earlier run before a restart) is the one who sends; everyone else finds it and stays quiet.
/// </summary>
public class NotificationSend
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>The day in the person's time zone the e-mail belongs to.</summary>
    public DateOnly LocalDate { get; set; }

    public NotificationSendStatus Status { get; set; }

    /// <summary>Send attempts made so far (1 on the first claim).</summary>
    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>After a failure: when the next attempt may start.</summary>
    public DateTimeOffset? RetryAfter { get; set; }
}
