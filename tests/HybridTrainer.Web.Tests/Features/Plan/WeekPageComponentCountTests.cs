using System.Security.Claims;
using Bunit;
using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Time;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Components.Layout;
using HybridTrainer.Web.Features.Account;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Plan;

/// <summary>
/// An open week page is a live circuit, and the server keeps every component in it (two render buffers, its state,
/// its class strings) for as long as the tab is open: the component count, not the week's data, is what an idle
/// circuit costs (bench/circuits.md). These tests pin it, so a MudBlazor component per line or a menu per card
/// that comes back fails here before it shows in the probe.
/// </summary>
public class WeekPageComponentCountTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task IdleWeekWithSixMovableSessions_RendersACardPerSessionAndNoMudBlazorComponent()
    {
        var (user, monday) = await AthleteWithNextWeekAsync();
        await using var scope = App.Services.CreateAsyncScope();
        await using var context = new WeekContext(user, scope.ServiceProvider);
        context.Services.GetRequiredService<NavigationManager>().NavigateTo($"week?start={IsoDate.Of(monday)}");

        var page = context.Render<WeekPage>();
        page.WaitForElements("[data-testid=session-card]").Count.ShouldBe(6);
        page.FindAll("button[aria-haspopup=menu]").Count.ShouldBe(6);

        var components = page.FindComponents<IComponent>();
        Describe(components).ShouldNotContain("Mud");
        // The page, its title and one card per session; nothing per menu, reason or line of text.
        components.Count.ShouldBeLessThanOrEqualTo(8, Describe(components));
    }

    [Fact]
    public async Task IdleWeekInTheLayout_StaysWithinTheCircuitsComponentBudget()
    {
        var (user, monday) = await AthleteWithNextWeekAsync();
        await using var scope = App.Services.CreateAsyncScope();
        await using var context = new WeekContext(user, scope.ServiceProvider);
        context.Services.GetRequiredService<NavigationManager>().NavigateTo($"week?start={IsoDate.Of(monday)}");

        var layout = context.Render<MainLayout>(ps => ps.Add(l => l.Body, b =>
        {
            b.OpenComponent<WeekPage>(0);
            b.CloseComponent();
        }));
        layout.WaitForElements("[data-testid=session-card]").Count.ShouldBe(6);

        var components = layout.FindComponents<IComponent>();
        // Providers, app bar, drawer and the page; the navigation's links are plain anchors, not components.
        components.Count.ShouldBeLessThanOrEqualTo(55, Describe(components));
        layout.FindAll("nav a").Count.ShouldBeGreaterThan(10);
    }

    private async Task<(ClaimsPrincipal User, DateOnly Monday)> AthleteWithNextWeekAsync()
    {
        // Next week: every day is still ahead, so every card offers "Move to…".
        var monday = LocalDays.MondayOf(DateOnly.FromDateTime(TestClock.Start.UtcDateTime)).AddDays(7);
        var (user, _, _) = await new TestData(App).AthleteWithBlockAsync(monday);
        return (user, monday);
    }

    private static string Describe(IReadOnlyList<IRenderedComponent<IComponent>> components) =>
        $"{components.Count} components: " + string.Join(", ", components.GroupBy(c => c.Instance.GetType().Name)
            .OrderByDescending(g => g.Count()).Select(g => $"{g.Key} × {g.Count()}"));

    private sealed class WeekContext : MudTestContext
    {
        public WeekContext(ClaimsPrincipal user, IServiceProvider app)
        {
            // The page's own services from the app, against the test database; the rest is bunit's.
            Services.AddSingleton(app.GetRequiredService<PlanService>());
            Services.AddSingleton(app.GetRequiredService<SessionMover>());
            Services.AddSingleton(app.GetRequiredService<EmailConfirmation>());
            AddAuthorization().SetAuthorized("athlete").SetRoles(AppRoles.Athlete).SetClaims([.. user.Claims]);
            SetRendererInfo(new RendererInfo("Server", true));
        }
    }
}
