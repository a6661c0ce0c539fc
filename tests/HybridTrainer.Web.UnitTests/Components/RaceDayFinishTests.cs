using Bunit;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.UnitTests.Components;

/// <summary>
/// Race day shows the block's exact predicted finish (R39), not the whole-second race pace times the distance: in G's
/// worked check the prediction is 3:34:42.6 (reads 3:34:43) while 5:05/km × 42.195 km reads 3:34:29.
/// </summary>
public class RaceDayFinishTests : MudTestContext
{
    private static readonly RaceFinish Predicted = RaceFinish.Of(
        RaceSessions.Marathon.Race!.PredictedTime.TotalSeconds, RaceSessions.Marathon.Race.UsesGoalPace, null)!;

    [Fact]
    public void TheWorkedCheck_PaceTimesDistanceMissesThePrediction()
    {
        // The premise of the tests below: the stored pace alone would show another time.
        var race = RaceSessions.Race(Guid.NewGuid(), new DateOnly(2026, 11, 23));

        RaceDayPlan.For(race.RunType, race.Prescription.Run, UnitSystem.Metric)!.PredictedClock.ShouldBe("3:34:29");
        ClockTime.Format(Predicted.Predicted).ShouldBe("3:34:43");
    }

    [Fact]
    public void SessionCard_RaceWithItsBlocksFinish_ShowsThePrediction()
    {
        var session = SessionViews.Of(RaceSessions.Race(Guid.NewGuid(), new DateOnly(2026, 11, 23))) with { RaceFinish = Predicted };

        var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(session, default)));

        card.Find("[data-testid=race-summary]").TextContent.ShouldBe("Marathon · predicted 3:34:43 · even 5:05/km");
    }

    [Fact]
    public void RaceDayCard_WithItsBlocksFinish_ShowsThePredictionAndSplitsEvenlyToIt()
    {
        var session = SessionViews.Of(RaceSessions.Race(Guid.NewGuid(), new DateOnly(2026, 11, 23))) with { RaceFinish = Predicted };

        var page = Render<Prescription>(ps => ps.Add(c => c.Session, session));

        page.Find("[data-testid=race-predicted]").TextContent.ShouldBe("Predicted time 3:34:43 · even pace 5:05/km");
        var splits = page.FindAll("[data-testid=race-splits] tbody tr").ToDictionary(tr => tr.QuerySelector("th")!.TextContent, tr => tr.QuerySelector("td")!.TextContent);
        splits["Half-way (21.1 km)"].ShouldBe("1:47:21");
        splits["Finish (42.2 km)"].ShouldBe("3:34:43");
    }

    [Fact]
    public void RaceDayCard_RunAtTheGoalPace_SplitsToTheGoalAndStillShowsThePrediction()
    {
        var goal = new TimeSpan(3, 30, 0);
        var stored = RaceSessions.Race(Guid.NewGuid(), new DateOnly(2026, 11, 23));
        stored.Prescription.Run!.RacePaceFastSecondsPerKm = stored.Prescription.Run.RacePaceSlowSecondsPerKm = 299;
        var session = SessionViews.Of(stored) with { RaceFinish = RaceFinish.Of(Predicted.Predicted.TotalSeconds, usesGoalPace: true, goal) };

        var page = Render<Prescription>(ps => ps.Add(c => c.Session, session));

        page.Find("[data-testid=race-predicted] strong").TextContent.ShouldBe("3:34:43");
        page.FindAll("[data-testid=race-splits] tbody tr")[^1].QuerySelector("td")!.TextContent.ShouldBe("3:30:00");
    }
}
