namespace HybridTrainer.Web.Features.Notifications;

/// <summary>The words of the notification e-mails, the notifications settings page and the unsubscribe page.</summary>
public sealed class NotificationText;
