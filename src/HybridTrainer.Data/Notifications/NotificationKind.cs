namespace HybridTrainer.Data.Notifications;

/// <summary>The e-mails a person can switch on; each is sent at most once per local day.</summary>
public enum NotificationKind
{
    /// <summary>A coach's morning summary of the clients that need a look.</summary>
    CoachDigest,

    /// <summary>An athlete's evening e-mail with tomorrow's session(s).</summary>
    TomorrowSession,
}
