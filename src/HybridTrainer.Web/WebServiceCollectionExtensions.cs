using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.AccessTokens;
using HybridTrainer.Web.Features.Activities;
using HybridTrainer.Web.Features.Account;
using HybridTrainer.Web.Features.Account.ExternalSignIn;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Calendar;
using HybridTrainer.Web.Features.Dashboard;
using HybridTrainer.Web.Features.Exports;
using HybridTrainer.Web.Features.Home;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Notifications;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Features.Progress;
using HybridTrainer.Web.Features.Shoes;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Health;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>Everything the web app needs: Blazor and MudBlazor, Identity, authorization, validators, feature services.</summary>
    public static IServiceCollection AddHybridTrainerWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddHybridTrainerLocalization();
        services.AddProblemDetails(ProblemWording.Configure);
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
        services.AddExceptionHandler<OversizedBodyHandler>();
        // The public JSON contract: camelCase (the web default) with enums as their names, generated metadata first.
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddOpenApi(options => options.AddSchemaTransformer<Features.PlanPreview.PlanPreviewSchemaTransformer>());
        services.AddSelectiveResponseCompression();
        // Output caching only for the OpenAPI document: the same for everyone. Pages are never cached: each carries
        // its own CSP nonce and antiforgery token, and most show one person's data.
        services.AddOutputCache();
        services.AddSingleton(TimeProvider.System);

        services.AddHybridTrainerIdentity();
        services.AddExternalSignIn(configuration);
        services.AddHybridTrainerDataProtection(configuration);

        services.AddHttpHardening(configuration);
        services.AddRateLimits(configuration);
        services.AddAccessTokens();
        services.AddSingleton<Infrastructure.Audit.AuditLog>();
        services.AddScoped<CurrentPasswordCheck>();
        services.AddActivities();
        services.AddProgress();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag]);
        services.AddValidatorsFromAssemblyContaining<RegisterInputValidator>(ServiceLifetime.Singleton);

        services.AddScoped<RegistrationService>();
        services.AddAccountMail();
        services.AddNotifications();
        services.AddScoped<AthleteDirectory>();
        services.AddScoped<AthleteGate>();
        services.AddSingleton<IAuthorizationHandler, AthleteAuthorizationHandler>();
        services.AddScoped<HomeService>();
        services.AddScoped<Features.Profile.ProfileService>();
        services.AddScoped<PlanService>();
        services.AddScoped<SessionMover>();
        services.AddScoped<SessionJournal>();
        services.AddScoped<RecoveryCheckIn>();
        services.AddScoped<DashboardService>();
        services.AddScoped<CalendarFeedService>();
        services.AddScoped<ExportService>();
        services.AddScoped<Features.Invitations.InvitationQueries>();
        services.AddScoped<Features.Invitations.InvitationIssuer>();
        services.AddScoped<Features.Invitations.InvitationClaims>();
        services.AddScoped<Features.Gym.GymMembers>();
        services.AddScoped<Features.Gym.MemberResetLinks>();
        services.AddScoped<Features.Gym.GymSecondFactor>();
        services.AddScoped<Features.Account.TwoFactor.AuthenticatorApp>();
        services.Configure<IdentityPasskeyOptions>(Features.Account.TwoFactor.PasskeyOrigins.Configure);
        services.AddScoped<Infrastructure.Auth.SecondFactorRequirement>();
        services.AddScoped<ShoeService>();
        services.AddScoped<AthleteUnits>();
        services.AddScoped<SheetService>();
        services.AddScoped<SheetCodeResolver>();
        services.AddSingleton<SheetQrCodes>();
        services.AddScoped<SessionEditor>();
        services.AddScoped<Features.Coach.CoachDesk>();
        services.AddScoped<Features.Sessions.CoachNotes>();
        services.AddScoped<Features.Coach.ClientRoster>();
        services.AddScoped<Features.Coach.AthleteGym>();
        services.AddScoped<Features.Coach.NextBlockRollout>();
        return services;
    }

    private static void AddHybridTrainerIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                // Pages use the Identity cookie; /api also takes a personal access token (ApiAuthentication).
                options.DefaultScheme = ApiAuthentication.PolicyScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddCookieOrAccessToken()
            .AddIdentityCookies();
        services.AddSingleton<SignInSessions>();
        services.AddSingleton<OpenCircuits>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitSignIns>();
        services.AddSingleton<AccessEndings>();
        services.AddSingleton<AccessEndedNotices>();
        services.AddHostedService<AccessEndedListener>();
        services.ConfigureApplicationCookie(ApiAwareCookie.Configure);
        services.ConfigureApplicationCookie(ServerSessionCookie.Configure);
        services.ConfigureApplicationCookie(BrowserLanguageAtSignIn.Configure);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
                SecureCookies.Apply(options, SecureCookies.Required(configuration, environment)));
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = AccessChecks.Interval;
            options.OnRefreshingPrincipal = ServerSessionCookie.KeepSessionClaim;
        });
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordPolicy.HashIterations);
        services.AddAuthorization();

        services.AddIdentityCore<AppUser>(options =>
            {
                // OWASP ASVS 5.0 (V6.2): length over composition, at least 12, up to 128 (see MaxLengthPasswordValidator).
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                // Passkeys live in the schema-3 table (the context pins the same version for its model).
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddClaimsPrincipalFactory<DisplayNameClaimsPrincipalFactory>()
            .AddEntityFrameworkStores<HybridTrainerDbContext>()
            .AddUserStore<AppUserStore>()
            .AddUserManager<AppUserManager>()
            .AddPasswordValidator<MaxLengthPasswordValidator>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
    }
}
