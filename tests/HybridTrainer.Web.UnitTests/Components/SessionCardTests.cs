using Bunit;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Sessions;
using Microsoft.AspNetCore.Components.Web;

namespace HybridTrainer.Web.UnitTests.Components;

public class SessionCardTests : MudTestContext
{
    [Fact]
    public void SessionCard_SprintSeries_ShowsRepsRestPaceAndTheHardLegsMark()
    {
        var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(Sprints()), default)));

        card.Find("h3").TextContent.ShouldBe("Sprint series");
        card.Markup.ShouldContain("6 × 200 m · rest 2:30 · 3:50/km");
        card.Find("[data-testid=hard-on-legs]").TextContent.ShouldBe("Hard on legs");
        card.Find(".ht-session").ClassList.ShouldContain("ht-session-interval");
    }

    [Fact]
    public void SessionCard_WhyButton_RevealsTheReasonsAndHidesThemAgain()
    {
        var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(Sprints()), default)));
        card.FindAll(".ht-why li").ShouldBeEmpty();

        card.Find("button").Click();

        card.FindAll(".ht-why li").Select(li => li.TextContent).ShouldBe(["Sprint series in odd weeks (R3)."]);
        card.Find("button").GetAttribute("aria-expanded").ShouldBe("true");
        card.Find("button").Click();
        card.FindAll(".ht-why li").ShouldBeEmpty();
    }

    [Fact]
    public void SessionCard_MoveTo_ListsTheOtherDaysOnlyOnceOpenedAndAsksToMoveToTheChosenOne()
    {
        var session = SessionViews.Of(Sprints());
        var requests = new List<SessionMoveRequest>();
        var days = Enumerable.Range(0, 7).Select(i => new DateOnly(2026, 11, 23).AddDays(i)).ToList();
        var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(session, default)).Add(c => c.MoveDays, days)
            .Add(c => c.OnMove, (SessionMoveRequest r) => requests.Add(r)));
        card.FindAll("[role=menuitem]").ShouldBeEmpty();

        var toggle = card.Find("button[aria-haspopup=menu]");
        toggle.GetAttribute("aria-label").ShouldBe("Move to… (Sprint series)");
        toggle.Click();

        card.Find("button[aria-haspopup=menu]").GetAttribute("aria-expanded").ShouldBe("true");
        card.FindAll("[role=menuitem]").Select(i => i.TextContent).ShouldBe(
            ["Monday 23 Nov", "Tuesday 24 Nov", "Thursday 26 Nov", "Friday 27 Nov", "Saturday 28 Nov", "Sunday 29 Nov"]);
        card.FindAll("[role=menuitem]")[2].Click();

        requests.ShouldBe([new SessionMoveRequest(session.Id, new DateOnly(2026, 11, 26))]);
        card.FindAll("[role=menuitem]").ShouldBeEmpty();
    }

    [Fact]
    public void SessionCard_MoveToMenu_ClosesOnEscapeWithoutMoving()
    {
        var requests = new List<SessionMoveRequest>();
        var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(Sprints()), default))
            .Add(c => c.MoveDays, [new DateOnly(2026, 11, 26)]).Add(c => c.OnMove, (SessionMoveRequest r) => requests.Add(r)));
        card.Find("button[aria-haspopup=menu]").Click();

        card.Find("[role=menuitem]").KeyDown(new KeyboardEventArgs { Key = "Escape" });

        card.FindAll("[role=menu]").ShouldBeEmpty();
        card.Find("button[aria-haspopup=menu]").GetAttribute("aria-expanded").ShouldBe("false");
        requests.ShouldBeEmpty();
    }

    [Fact]
    public void SessionCard_Logged_CannotBeMoved()
    {
        var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(Sprints()), default, logged: true))
            .Add(c => c.MoveDays, [new DateOnly(2026, 11, 26)]).Add(c => c.OnMove, (SessionMoveRequest _) => { }));

        card.FindAll("button[aria-haspopup=menu]").ShouldBeEmpty();
        card.Find(".mud-chip").TextContent.ShouldBe("Logged");
    }

    [Fact]
    public void SessionCard_LiftSession_ListsMainLiftSetsWithWeights()
    {
        var session = new PlannedSession
        {
            Date = new DateOnly(2026, 11, 23),
            Kind = SessionKind.Lift,
            LiftFocus = LiftFocus.Lower,
            DurationMinutes = 60,
            PlannedRpe = 7,
            LoadAu = 420,
            HardOnLegs = true,
            Prescription = new SessionPrescription
            {
                Exercises =
                [
                    new ExercisePrescription
                    {
                        Name = "Back squat",
                        MainLift = "Squat",
                        Role = "Main",
                        Sets = [new() { Reps = 5, WeightKg = 82.5m }, new() { Reps = 5, WeightKg = 95m }, new() { Reps = 5, WeightKg = 107.5m, Amrap = true }],
                    },
                ],
                Why = ["Lower body today."],
            },
        };

        var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(session), default, logged: true)));

        card.Markup.ShouldContain("5 @ 82.5 kg, 5 @ 95 kg, 5+ @ 107.5 kg");
        card.Markup.ShouldContain("Logged");
    }

    [Fact]
    public void SessionCard_ImperialAthlete_ShowsPacePerMileAndLoadsInPounds()
    {
        var lift = Sprints();
        lift.Prescription.Exercises.Add(new ExercisePrescription
        {
            Name = "Back squat", MainLift = "Squat", Role = "Main",
            Sets = [new() { Reps = 5, WeightKg = 82.5m }, new() { Reps = 5, WeightKg = 107.5m, Amrap = true }],
        });

        var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(lift), HybridTrainer.Data.Athletes.UnitSystem.Imperial)));

        card.Markup.ShouldContain("6 × 200 m · rest 2:30 · 6:10/mi");
        card.Markup.ShouldContain("5 @ 181.9 lb, 5+ @ 237 lb");
        card.Markup.ShouldNotContain(" kg");
    }

    private static PlannedSession Sprints() => new()
    {
        Date = new DateOnly(2026, 11, 25),
        Kind = SessionKind.Run,
        RunType = RunType.Interval,
        DurationMinutes = 45,
        PlannedRpe = 8,
        LoadAu = 360,
        HardOnLegs = true,
        Prescription = new SessionPrescription
        {
            Run = new RunDetails { WarmUpMinutes = 15, CoolDownMinutes = 10, Repetitions = 6, RepetitionDistanceMeters = 200, RestSeconds = 150, PaceFastSecondsPerKm = 230, PaceSlowSecondsPerKm = 230 },
            Why = ["Sprint series in odd weeks (R3)."],
        },
    };
}
