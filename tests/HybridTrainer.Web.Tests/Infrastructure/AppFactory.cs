using HybridTrainer.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace HybridTrainer.Web.Tests.Infrastructure;

/// <summary>The real app on a real Kestrel port (so the browser can reach it) and a real PostgreSQL database.</summary>
public class AppFactory(string databaseName, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public string DatabaseName { get; } = databaseName;

    /// <summary>False for an app that shares its database with another factory (a second instance, or one started after it as a restart): that one drops it.</summary>
    public bool DropsDatabase { get; init; } = true;

    /// <summary>
    /// The app's clock: at <see cref="TestClock.Start"/>, a millisecond further at each reading, so stamps and version-7
    /// ids keep their order while the day never turns over during a run.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(TestClock.Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public Uri BaseAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First());
        }
    }

    /// <summary>A real HTTP client on the Kestrel port, keeping cookies and showing redirects instead of following them.</summary>
    public HttpClient CreateHttpClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = BaseAddress };

    public HybridTrainerDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<HybridTrainerDbContext>>().CreateDbContext();

    // WebApplicationFactory finds Program's host through a process-wide diagnostic listener: two apps building at once
    // could take each other's host. Tests in parallel lanes start their apps one at a time.
    private static readonly Lock StartLock = new();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (StartLock)
        {
            return base.CreateHost(builder);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the static web assets (blazor.web.js, MudBlazor) must be switched on by hand.
        builder.UseStaticWebAssets();
        builder.UseSetting($"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}", TestDatabase.CreateConnectionString(DatabaseName));
        builder.UseSetting("RateLimiting:AccountFormPostsPerMinute", "10000");
        builder.UseSetting("RateLimiting:PlanPreviewPerMinute", "10000");
        builder.UseSetting("RateLimiting:CalendarFeedPerMinute", "10000");
        builder.UseSetting("RateLimiting:SheetCodesPerMinute", "10000");
        builder.UseSetting("RateLimiting:InvitationClaimsPerMinute", "10000");
        builder.UseSetting("RateLimiting:PasswordResetPostsPerMinute", "10000");
        builder.UseSetting("RateLimiting:UnsubscribePerMinute", "10000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Error");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (DropsDatabase)
        {
            await TestDatabase.DropAsync(DatabaseName);
        }

        GC.SuppressFinalize(this);
    }
}
