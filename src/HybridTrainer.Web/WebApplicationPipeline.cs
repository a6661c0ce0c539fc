using HybridTrainer.Web.Components;
using HybridTrainer.Web.Features.Account;
using HybridTrainer.Web.Features.Account.ExternalSignIn;
using HybridTrainer.Web.Features.Account.TwoFactor;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Benchmark;
using HybridTrainer.Web.Features.Calendar;
using HybridTrainer.Web.Features.Dashboard;
using HybridTrainer.Web.Features.Exports;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Language;
using HybridTrainer.Web.Features.Notifications;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Features.PlanPreview;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Health;
using HybridTrainer.Web.Infrastructure.Http;
using HybridTrainer.Web.Infrastructure.Logging;

using HybridTrainer.Web.Features.Activities;

namespace HybridTrainer.Web;

public static class WebApplicationPipeline
{
    public static WebApplication UseHybridTrainerPipeline(this WebApplication app)
    {
        // Behind a reverse proxy (loopback by default, see ForwardedHeaders in the README) the client's address and
        // scheme come from X-Forwarded-*: rate limits count real clients and HTTPS is recognised.
        app.UseForwardedHeadersOfHttpOrHttps();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseRequestLogging();
        app.UseSelectiveResponseCompression();

        // The API answers errors as RFC 7807 problem details; pages get friendly HTML pages. Neither shows a stack trace.
        // A database outage answers 503 (DatabaseUnavailableHandler) rather than 500, a body past its limit 413.
        app.UseWhen(ApiRequests.Is, api => api
            .UseProblemDetailsWhateverTheAcceptHeader()
            .UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = OversizedBodyHandler.StatusCode })
            .UseStatusCodePages()
            .UseCrossSiteWriteRefusal());
        app.UseWhen(context => !ApiRequests.Is(context), pages => pages
            .UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                CreateScopeForErrors = true,
                StatusCodeSelector = OversizedBodyHandler.StatusCode,
            })
            .UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));

        app.UseBlazorHubOriginCheck();
        app.UsePagesAsGetForHeadAndErrorPages();
        app.UseFriendlyPagesForBareRefusals();
        app.UseRouting();
        // Routing applies an endpoint's own body limit; every other endpoint gets the default for its kind (413 past it).
        app.UseDefaultRequestBodyLimits();
        app.UseAuthentication();
        // After authentication: a signed-in person's chosen language comes from their sign-in cookie.
        app.UseRequestLocalization();
        app.UseReadOnlyAccessTokens();
        app.UseSecondFactorGate();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapHybridTrainerEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        // The document only changes with a deployment; it names the server it is fetched from, hence by host.
        // Only the document that exists: any other name falls through to the friendly 404 instead of the framework's text/plain one.
        app.MapOpenApi("/openapi/{documentName:regex(^v1$)}.json").AllowAnonymous().CacheOutput(policy => policy.Expire(TimeSpan.FromHours(1)).SetVaryByHost(true));
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapLanguageEndpoints();
        app.MapExternalSignInEndpoints();
        app.MapPasskeyEndpoints();
        app.MapAthleteEndpoints();
        app.MapPlanPreviewEndpoints();
        app.MapPlanApiEndpoints();
        app.MapLoadApiEndpoints();
        app.MapRecoveryApiEndpoints();
        app.MapSessionApiEndpoints();
        app.MapActivityApiEndpoints();
        app.MapExportEndpoints();
        app.MapSheetPrintEndpoint();
        app.MapCalendarFeedEndpoints();
        app.MapUnsubscribeEndpoints();
        app.MapHealthEndpoints();
        // Benchmark-only endpoints (the raw baseline, the coach table's data, the heap probe): never mapped elsewhere.
        if (BenchmarkEndpoints.IsEnabled(app.Environment))
        {
            app.MapBenchmarkEndpoints();
            app.MapHeapProbe();
        }

        return app;
    }
}
