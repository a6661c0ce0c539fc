using Bunit;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Home;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.UnitTests.Components;

public class AthleteTableTests : MudTestContext
{
    [Fact]
    public void AthleteTable_NoAthletes_ShowsTheEmptyMessage()
    {
        var table = Render<AthleteTable>(ps => ps
            .Add(t => t.Title, "Your clients")
            .Add(t => t.Athletes, [])
            .Add(t => t.Empty, "No clients yet.")
            .Add(t => t.TestId, "coach-home"));

        table.Markup.ShouldContain("No clients yet.");
        table.FindAll("tbody tr").ShouldBeEmpty();
    }

    [Fact]
    public void AthleteTable_ManagedAndCompleteProfiles_SaysSoPerRow()
    {
        AthleteSummary[] athletes =
        [
            new(Guid.NewGuid(), "Alex Kim", null, HasLogin: true, ProfileComplete: true),
            new(Guid.NewGuid(), "<b>Ben</b>", null, HasLogin: false, ProfileComplete: false),
        ];

        var table = Render<AthleteTable>(ps => ps
            .Add(t => t.Title, "Your clients")
            .Add(t => t.Athletes, athletes)
            .Add(t => t.Empty, "No clients yet.")
            .Add(t => t.TestId, "coach-home"));

        var rows = table.FindAll("tbody tr").Select(r => r.TextContent).ToList();
        rows[0].ShouldContain("Complete");
        rows[1].ShouldContain("Managed by coach");
        table.Markup.ShouldContain("&lt;b&gt;Ben&lt;/b&gt;");
    }
}
