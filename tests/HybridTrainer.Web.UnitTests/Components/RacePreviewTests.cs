using Bunit;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Plan;

namespace HybridTrainer.Web.UnitTests.Components;

/// <summary>The race parts of the plan preview and the coach's table, on a generated 16-week marathon block.</summary>
public class RacePreviewTests : MudTestContext
{
    private static readonly DateOnly Start = new(2027, 1, 4);

    private static readonly DateOnly RaceDay = Start.AddDays((15 * 7) + 6);

    private static TrainingBlock Marathon(TimeSpan? goal = null) => BlockGenerator.Generate(BlockRequest.ForRace(
        new AthleteProfile(82m, 1994, 60, 40, TimeSpan.FromSeconds((22 * 60) + 30),
            new LiftMaxes(new LiftMax(140m, 1), new LiftMax(100m, 1), new LiftMax(180m, 1), new LiftMax(60m, 1)),
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday, DayOfWeek.Sunday], Goal.Balanced, []),
        Start, new RaceGoal(RaceDistance.Marathon, RaceDay, goal)));

    [Fact]
    public void RaceCurves_SixteenWeekMarathon_DrawsThePhasesAsThreeBands()
    {
        var curves = Render<RaceCurves>(ps => ps.Add(c => c.Weeks, Marathon().Weeks));

        curves.FindAll("rect[data-phase]").Select(r => r.GetAttribute("data-phase")).ShouldBe(["Base", "Build", "Taper"]);
        curves.Find("svg").GetAttribute("aria-label").ShouldNotBeNull().ShouldStartWith("16 weeks to race day: Base weeks 1–6, Build weeks 7–13, Taper weeks 14–16.");
    }

    [Fact]
    public void RaceCurves_LinesAndTable_CarryEveryWeekUpToRaceDay()
    {
        var block = Marathon();

        var curves = Render<RaceCurves>(ps => ps.Add(c => c.Weeks, block.Weeks));

        curves.Find("[data-testid=weekly-minutes-line]").GetAttribute("points")!.Split(' ').Length.ShouldBe(16);
        curves.Find("[data-testid=long-run-line]").GetAttribute("points")!.Split(' ').Length.ShouldBe(16);
        var rows = curves.FindAll("[data-testid=race-weeks-table] tbody tr");
        rows.Count.ShouldBe(16);
        rows[12].TextContent.ShouldContain("Build");
        rows[12].TextContent.ShouldContain(block.Weeks[12].PlannedRunMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        rows[15].TextContent.ShouldContain("Taper");
        RaceCurves.TrainingMinutes(block.Weeks[15]).ShouldBe(block.Weeks[15].PlannedRunMinutes - (int)Math.Ceiling(block.Race!.PredictedTime.TotalMinutes));
    }

    [Fact]
    public void RaceGoalSummary_NoGoal_ShowsThePredictedTimeOnly()
    {
        var summary = Render<RaceGoalSummary>(ps => ps.Add(c => c.Race, Marathon().Race!));

        summary.Find("[data-testid=predicted-time]").TextContent.ShouldContain("3:34:43");
        summary.FindAll("[data-testid=goal-comparison]").ShouldBeEmpty();
    }

    [Fact]
    public void RaceGoalSummary_ReachableGoal_SaysRacePaceWorkUsesIt()
    {
        var summary = Render<RaceGoalSummary>(ps => ps.Add(c => c.Race, Marathon(TimeSpan.FromMinutes(225)).Race!));

        summary.Find("[data-testid=goal-comparison]").TextContent.ShouldBe("Your goal 3:45:00 is 0:10:17 slower than predicted. Race-pace work uses your goal pace, 5:20 /km.");
    }

    [Fact]
    public void RaceGoalSummary_AmbitiousGoal_SaysRacePaceWorkUsesThePrediction()
    {
        var summary = Render<RaceGoalSummary>(ps => ps.Add(c => c.Race, Marathon(TimeSpan.FromHours(3)).Race!));

        summary.Find("[data-testid=goal-comparison]").TextContent.ShouldContain("0:34:43 faster than predicted. That is ambitious");
    }

    [Fact]
    public void BlockPreview_RaceBlock_NamesEachWeeksPhase()
    {
        var preview = Render<BlockPreview>(ps => ps.Add(c => c.Block, Marathon()));

        preview.FindAll("h3").Select(h => h.TextContent).ShouldContain(t => t.StartsWith("Week 14 · Taper", StringComparison.Ordinal));
        preview.FindAll("[data-testid=race-curves]").Count.ShouldBe(1);
    }

    [Fact]
    public void ClientGrid_RaceClient_ShowsTheRaceAndDaysToGo_AndOpenBlocksStayBlank()
    {
        ClientRow[] rows = [Row("Racer") with { Race = new UpcomingRace(RaceDistance.HalfMarathon, new DateOnly(2027, 3, 14), 23, null, null) }, Row("Open")];

        var grid = Render<ClientGrid>(ps => ps.Add(g => g.Rows, rows));

        grid.FindAll("[data-testid=race-cell]").Select(c => c.TextContent).ShouldBe(["Half marathon 14 Mar · 23 days to go"]);
    }

    [Theory]
    [InlineData(23, "Marathon in 23 days — predicted 3:32:10")]
    [InlineData(1, "Marathon tomorrow — predicted 3:32:10")]
    [InlineData(0, "Marathon today — predicted 3:32:10")]
    public void Countdown_DaysToGo_ReadsAsASentence(int days, string expected) =>
        new UpcomingRace(RaceDistance.Marathon, RaceDay, days, new TimeSpan(3, 32, 10), null).Countdown.ShouldBe(expected);

    private static ClientRow Row(string name) =>
        new(Guid.NewGuid(), name, HasLogin: true, ProfileComplete: true, DoneThisWeek: 2, PlannedThisWeek: 6, MissedThisWeek: 0,
            LastCheckIn: null, null, 1.0, [], [], []);
}
