using Bunit;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Sessions;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;

namespace HybridTrainer.Web.UnitTests.Components;

/// <summary>Race-block sessions on the week card and the session page: paces by zone, fuelling, and the race-day card.</summary>
public class RaceSessionCardTests : MudTestContext
{
    [Fact]
    public void SessionCard_LongRunWithRacePace_ShowsTheSegmentAndTheFuellingNote()
    {
        var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(LongRun()), default)));

        card.Find("h3").TextContent.ShouldBe("Long run");
        card.Markup.ShouldContain("25 km · E 5:29–6:05/km · last 40 min at M 4:55–5:05/km");
        card.Find("[data-testid=fuelling]").TextContent.ShouldBe("Fuel: Take 30–60 g of carbohydrate per hour.");
        card.Find(".ht-session").ClassList.ShouldContain("ht-session-long");
    }

    [Fact]
    public void SessionCard_ImperialLongRun_ShowsMilesAndPacePerMile()
    {
        var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(LongRun()), UnitSystem.Imperial)));

        card.Markup.ShouldContain("15.5 mi · E 8:49–9:47/mi · last 40 min at M 7:55–8:11/mi");
        card.Markup.ShouldNotContain("/km");
    }

    [Fact]
    public void SessionCard_Race_ShowsDistancePredictedTimeAndEvenPace()
    {
        var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(Race(42.2m, 305)), default)));

        card.Find("h3").TextContent.ShouldBe("Race");
        card.Find("[data-testid=race-summary]").TextContent.ShouldBe("Marathon · predicted 3:34:29 · even 5:05/km");
    }

    [Fact]
    public void Prescription_Marathon_ShowsTheRaceDayCardWithSplitsEvery5KmAndHalfWay()
    {
        var page = Render<Prescription>(ps => ps.Add(c => c.Session, SessionViews.Of(Race(42.2m, 305))));

        page.Find("[data-testid=race-day] h2").TextContent.ShouldBe("Race day: Marathon");
        page.Find("[data-testid=race-predicted]").TextContent.ShouldBe("Predicted time 3:34:29 · even pace 5:05/km");
        Splits(page).ShouldBe([
            ("5 km", "25:25"), ("10 km", "50:50"), ("15 km", "1:16:15"), ("20 km", "1:41:40"), ("Half-way (21.1 km)", "1:47:15"),
            ("25 km", "2:07:05"), ("30 km", "2:32:30"), ("35 km", "2:57:55"), ("40 km", "3:23:20"), ("Finish (42.2 km)", "3:34:29"),
        ]);
        page.Find("[data-testid=race-fuelling]").TextContent.ShouldBe("Take 30–60 g of carbohydrate per hour.");
    }

    [Fact]
    public void Prescription_FiveK_SplitsEveryKmAndNeedsNoFuel()
    {
        var race = Race(5m, 270);
        race.Prescription.Run!.FuellingNote = null;

        var page = Render<Prescription>(ps => ps.Add(c => c.Session, SessionViews.Of(race)));

        Splits(page).ShouldBe([("1 km", "4:30"), ("2 km", "9:00"), ("3 km", "13:30"), ("4 km", "18:00"), ("Finish (5 km)", "22:30")]);
        page.Find("[data-testid=race-fuelling]").TextContent.ShouldBe(RaceDayPlan.ShortRaceFuelling);
    }

    [Fact]
    public void Prescription_ImperialMarathon_SplitsEvery5MilesWithHalfWay()
    {
        var page = Render<Prescription>(ps => ps.Add(c => c.Session, SessionViews.Of(Race(42.2m, 305))).Add(c => c.Units, UnitSystem.Imperial));

        Splits(page).Select(s => s.Point).ShouldBe(["5 mi", "10 mi", "Half-way (13.1 mi)", "15 mi", "20 mi", "25 mi", "Finish (26.2 mi)"]);
        page.Find("[data-testid=race-predicted]").TextContent.ShouldBe("Predicted time 3:34:29 · even pace 8:11/mi");
    }

    [Fact]
    public void Prescription_TheEnginesRaceSession_GetsARaceDayCard()
    {
        var stored = RaceSessions.Race(Guid.NewGuid(), new DateOnly(2026, 11, 23));

        var page = Render<Prescription>(ps => ps.Add(c => c.Session, SessionViews.Of(stored)));

        page.Find("[data-testid=race-day] h2").TextContent.ShouldBe("Race day: Marathon");
        // The engine's race pace gives the predicted 3:34:42 (G's worked check) to within the pace's whole seconds.
        var predicted = TimeSpan.Parse(page.Find("[data-testid=race-predicted] strong").TextContent, System.Globalization.CultureInfo.InvariantCulture);
        (predicted - new TimeSpan(3, 34, 42)).Duration().ShouldBeLessThan(TimeSpan.FromSeconds(25));
        page.Find("[data-testid=race-fuelling]").TextContent.ShouldContain("carbohydrate");
    }

    [Fact]
    public void Prescription_LongRun_ShowsItsFuellingUnderItsOwnHeading()
    {
        var page = Render<Prescription>(ps => ps.Add(c => c.Session, SessionViews.Of(LongRun())));

        page.Markup.ShouldContain("last 40 min at M 4:55–5:05/km");
        page.Find("[data-testid=fuelling]").TextContent.ShouldBe("Take 30–60 g of carbohydrate per hour.");
        page.FindAll("[data-testid=race-day]").ShouldBeEmpty();
    }

    private static List<(string Point, string Clock)> Splits(IRenderedComponent<Prescription> page) =>
        [.. page.FindAll("[data-testid=race-splits] tbody tr").Select(tr => (tr.QuerySelector("th")!.TextContent, tr.QuerySelector("td")!.TextContent))];

    private static PlannedSession LongRun() => new()
    {
        Date = new DateOnly(2026, 11, 28),
        Kind = SessionKind.Run,
        RunType = RunType.Long,
        DurationMinutes = 150,
        PlannedRpe = 6,
        LoadAu = 900,
        HardOnLegs = true,
        Prescription = new SessionPrescription
        {
            Run = new RunDetails
            {
                DistanceKm = 25m, PaceFastSecondsPerKm = 329, PaceSlowSecondsPerKm = 365, TargetRpe = 6,
                RacePaceMinutes = 40, RacePaceFastSecondsPerKm = 295, RacePaceSlowSecondsPerKm = 305, FuellingNote = "Take 30–60 g of carbohydrate per hour.",
            },
            Why = ["Long run with 40 min at marathon pace near the end (R34, R33)."],
        },
    };

    private static PlannedSession Race(decimal km, int secondsPerKm) => new()
    {
        Date = new DateOnly(2026, 11, 29),
        Kind = SessionKind.Run,
        RunType = RunType.Race,
        DurationMinutes = 215,
        PlannedRpe = 9,
        LoadAu = 1935,
        HardOnLegs = true,
        Prescription = new SessionPrescription
        {
            Run = new RunDetails
            {
                DistanceKm = km, PaceFastSecondsPerKm = secondsPerKm, PaceSlowSecondsPerKm = secondsPerKm, TargetRpe = 9,
                RacePaceFastSecondsPerKm = secondsPerKm, RacePaceSlowSecondsPerKm = secondsPerKm, FuellingNote = "Take 30–60 g of carbohydrate per hour.",
            },
            Why = ["Race day (R38, R39)."],
        },
    };
}
