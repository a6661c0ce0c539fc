namespace HybridTrainer.Web.Infrastructure.Email;

internal static class EmailServiceCollectionExtensions
{
    /// <summary>SMTP settings from <c>Email:</c>, checked at start-up; with no host the sender is simply off.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>()
            .BindConfiguration(EmailOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<EmailOutbox>();
        services.AddHostedService<EmailOutboxSender>();
        services.AddSingleton<EmailLinks>();
        return services;
    }
}
