using Bunit;
using HybridTrainer.Domain.Time;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Plan;

/// <summary>
/// Every component a week page renders is held by its circuit for as long as the tab is open (two frame buffers,
/// its state, its class strings): the count, not the data, is what an idle circuit costs.
/// </summary>
public class WeekPageComponentCountTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task IdleWeekWithSixSessions_CountsComponents()
    {
        var monday = LocalDays.MondayOf(DateOnly.FromDateTime(TestClock.Start.UtcDateTime)).AddDays(7);
        var (user, _, _) = await new TestData(App).AthleteWithBlockAsync(monday);
        await using var scope = App.Services.CreateAsyncScope();
        await using var context = new WeekContext(user, scope.ServiceProvider);
        context.Services.GetRequiredService<NavigationManager>().NavigateTo($"week?start={IsoDate.Of(monday)}");

        var page = context.Render<WeekPage>();
        page.WaitForElements("[data-testid=session-card]").Count.ShouldBe(6);

        var components = page.FindComponents<IComponent>();
        var byType = components.GroupBy(c => c.Instance.GetType().Name).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        Xunit.TestContext.Current.TestOutputHelper!.WriteLine($"{components.Count} components: {string.Join(", ", byType)}");
        File.WriteAllText("/tmp/week-markup.html", page.Markup);
        components.Count.ShouldBeLessThanOrEqualTo(0);
    }

    private sealed class WeekContext : MudTestContext
    {
        public WeekContext(System.Security.Claims.ClaimsPrincipal user, IServiceProvider app)
        {
            // The page's own services from the app, against the test database; the rest is bunit's.
            Services.AddSingleton(app.GetRequiredService<PlanService>());
            Services.AddSingleton(app.GetRequiredService<SessionMover>());
            AddAuthorization().SetAuthorized("athlete").SetClaims([.. user.Claims]);
            SetRendererInfo(new RendererInfo("Server", true));
        }
    }
}
