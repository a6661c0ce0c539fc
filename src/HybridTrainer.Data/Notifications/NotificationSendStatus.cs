namespace HybridTrainer.Data.Notifications;

/// <summary>Where one day's e-mail of one kind to one person stands.</summary>
public enum NotificationSendStatus
{
    /// <summary>Claimed and being sent. Left so by a crash mid-send: never tried again, as it may have left.</summary>
    Sending,

    /// <summary>The SMTP server took it.</summary>
    Sent,

    /// <summary>The SMTP server could not be reached or refused it; tried again later up to a limit.</summary>
    Failed,

    /// <summary>Nothing to say that day (no client needs a look, a rest day); no e-mail.</summary>
    NothingToSay,
}
