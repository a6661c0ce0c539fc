using System.Globalization;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Forms;

/// <summary>
/// Markup and script typed into every field others see comes back as text: encoded in the HTML of each page that
/// shows it, defused in the CSV export, never as an element.
/// </summary>
public class EncodedTextTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task EveryPageShowingPeoplesText_ShowsItEncoded()
    {
        var world = await HostileTextWorld.CreateAsync(App);
        var week = world.Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var pages = new (string Email, string[] Paths)[]
        {
            (world.AthleteEmail, ["/", "/week", $"/session/{world.SessionId}", "/shoes", "/account/tokens", "/plan"]),
            (world.CoachEmail, ["/coach", $"/athletes/{world.AthleteId}", $"/athletes/{world.AthleteId}/week", $"/session/{world.SessionId}", "/coach/invitations", "/sheets",
                $"/sheets/print?week={week}&athlete={world.AthleteId}"]),
            (world.AdminEmail, ["/gym", "/", $"/sheets/print?week={week}&athlete={world.AthleteId}"]),
        };

        var missing = new List<string>();
        foreach (var (email, paths) in pages)
        {
            using var client = CreateClient();
            (await AccountClient.LogInAsync(client, email)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
            foreach (var path in paths)
            {
                using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
                var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                ((int)response.StatusCode).ShouldBeLessThan(300, path);
                HostileTextWorld.RawMarkers.Where(m => html.Contains(m, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty($"{path} carries markup from a person");
                if (!html.Contains(HostileTextWorld.EncodedScript, StringComparison.Ordinal))
                {
                    missing.Add(path);
                }
            }
        }

        // Each page does show the text, so the absence of markup is not merely the text being left out.
        missing.ShouldBeEmpty();
    }

    [Fact]
    public async Task SessionExport_NotesWithMarkupAndAFormula_StayTextAndTheFormulaIsDefused()
    {
        var world = await HostileTextWorld.CreateAsync(App);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, world.AthleteEmail);

        var csv = await client.GetStringAsync($"/api/v1/athletes/{world.AthleteId}/exports/sessions.csv?to={world.Week.AddDays(7):yyyy-MM-dd}", TestContext.Current.CancellationToken);

        csv.Split("\r\n").Where(l => l.Contains("HYPERLINK", StringComparison.Ordinal)).ShouldHaveSingleItem(csv).ShouldContain("\"'=HYPERLINK(\"\"http://x\"\") <script>alert(1)</script>");
    }
}
