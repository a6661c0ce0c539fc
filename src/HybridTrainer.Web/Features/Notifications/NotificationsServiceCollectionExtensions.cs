namespace HybridTrainer.Web.Features.Notifications;

internal static class NotificationsServiceCollectionExtensions
{
    /// <summary>Settings, unsubscribe links, the mails' contents and the minute-by-minute sender.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<UnsubscribeTokens>();
        services.AddSingleton<NotificationLinks>();
        services.AddSingleton<NotificationEmails>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddScoped<NotificationSettings>();
        services.AddScoped<CoachDigest>();
        services.AddScoped<TomorrowSessions>();
        services.AddHostedService<NotificationService>();
        return services;
    }
}
