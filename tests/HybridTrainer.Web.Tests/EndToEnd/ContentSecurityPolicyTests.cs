using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>The policy is strict (no inline script, no eval): the pages must still come alive under it.</summary>
public class ContentSecurityPolicyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task AthletePages_BecomeInteractive_WithoutAnyPolicyViolation()
    {
        var monday = LocalDays.MondayOf(TestClock.Today);
        var data = new TestData(App);
        var (_, athlete, email) = await data.AthleteWithBlockAsync(monday);
        var session = (await data.SessionsOfAsync(athlete.Id))[0];
        var violations = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        await LogInAsync(email, TestData.Password);
        foreach (var path in new[] { "/", "/week", $"/athletes/{athlete.Id}/week", $"/session/{session.Id}", "/check-in", "/plan", "/profile" })
        {
            await Page.GotoAsync(path);
            await Page.Locator("[data-interactive=true]").WaitForAsync();
        }

        // Client-side navigation under a nested route still resolves against the base element.
        await Page.GotoAsync($"/athletes/{athlete.Id}/week");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        var next = monday.AddDays(7);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToContainTextAsync($"Week of {next.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
        Page.Url.ShouldEndWith($"/athletes/{athlete.Id}/week?start={next:yyyy-MM-dd}");

        violations.ShouldBeEmpty();
    }
}
