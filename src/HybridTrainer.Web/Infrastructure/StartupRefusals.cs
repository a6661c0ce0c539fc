using HybridTrainer.Data.Seeding;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Infrastructure;

/// <summary>
/// Settings that are fine on a laptop and dangerous on a public server. In Production the app refuses to start with
/// any of them (ASVS 5.0 V13.1/V6.3.2): demo accounts have a published password, and <c>AllowedHosts: *</c> lets any
/// Host header through, which poisons absolute links. Other environments (Development, the drills' plain HTTP) may.
/// </summary>
internal static partial class StartupRefusals
{
    public static IReadOnlyList<string> Find(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!environment.IsProduction())
        {
            return [];
        }

        var refusals = new List<string>();
        if (configuration.GetValue<bool>($"{DemoDataOptions.Section}:{nameof(DemoDataOptions.Seed)}"))
        {
            refusals.Add("demo data was requested (--seed-demo or DemoData:Seed): its accounts share a published password; seed only outside Production");
        }

        var hosts = configuration["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(hosts) || hosts.Split(';', StringSplitOptions.TrimEntries).Contains("*"))
        {
            refusals.Add("AllowedHosts is '*' or empty: set it to the site's host names, e.g. AllowedHosts=trainer.example.com");
        }

        return refusals;
    }

    /// <summary>Warnings that do not stop the start: the app still works, but with less protection than it could have.</summary>
    public static IReadOnlyList<string> Warnings(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsProduction() && !DataProtectionSetup.HasCertificate(configuration)
            ? ["the Data Protection key ring is stored unencrypted in PostgreSQL: set DataProtection:Certificate:Path and :Password (a .pfx) or :PemPath and :KeyPath to encrypt it at rest"]
            : [];

    /// <summary>Logs every refusal and warning; false when the app must not start.</summary>
    public static bool Check(WebApplication app)
    {
        foreach (var warning in Warnings(app.Configuration, app.Environment))
        {
            LogWarning(app.Logger, warning);
        }

        var refusals = Find(app.Configuration, app.Environment);
        foreach (var refusal in refusals)
        {
            LogRefusal(app.Logger, refusal);
        }

        return refusals.Count == 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Start-up: {Warning}")]
    private static partial void LogWarning(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to start in Production: {Refusal}")]
    private static partial void LogRefusal(ILogger logger, string refusal);
}
