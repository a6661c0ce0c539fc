using HybridTrainer.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;

namespace HybridTrainer.Web.Features.Account;

internal static class AccountMailServiceCollectionExtensions
{
    /// <summary>How long a reset or confirmation link works.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    /// <summary>E-mail, password resets (by mail or a gym admin's link) and address confirmation.</summary>
    public static IServiceCollection AddAccountMail(this IServiceCollection services)
    {
        services.AddEmail();
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = LinkLifetime);
        services.AddSingleton<MailPerAddressLimit>();
        services.AddSingleton<AccountEmails>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<EmailConfirmation>();
        return services;
    }
}
