using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>axe-core on one page: its serious and critical violations (WCAG 2.x A and AA, best practice), one line each.</summary>
public static class AxeAudit
{
    /// <summary>
    /// Opens <paramref name="path"/> (or audits the page the browser is on, one reached by a form post, when null),
    /// waits for the layout in the expected render mode (static account pages have no circuit) and for
    /// <paramref name="readyTestId"/>, then runs axe.
    /// </summary>
    public static async Task<IEnumerable<string>> RunAsync(IPage page, string? path, string? readyTestId, bool interactive = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (path is not null)
        {
            await page.GotoAsync(path);
        }

        await page.Locator($"[data-interactive={(interactive ? "true" : "false")}]").WaitForAsync();
        if (readyTestId is not null)
        {
            await page.GetByTestId(readyTestId).First.WaitForAsync();
        }

        path ??= new Uri(page.Url).PathAndQuery;
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .SelectMany(v => v.Nodes.Select(n => $"{path}: {v.Id} ({v.Impact}) {v.Help}: {n.Target} {n.Html}"));
    }
}
