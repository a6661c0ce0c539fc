using Bunit;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.UnitTests.Components;

public class SessionCardTests : MudTestContext
{
    [Fact]
    public void SessionCard_SprintSeries_ShowsRepsRestPaceAndTheHardLegsMark()
    {
        var card = Render<SessionCard>(ps => ps.Add(c => c.Session, SessionViews.Of(Sprints())));

        card.Find("h3").TextContent.ShouldBe("Sprint series");
        card.Markup.ShouldContain("6 × 200 m · rest 2:30 · 3:50/km");
        card.Find("[data-testid=hard-on-legs]").TextContent.ShouldBe("Hard on legs");
        card.Find(".ht-session").ClassList.ShouldContain("ht-session-interval");
    }

    [Fact]
    public void SessionCard_WhyButton_RevealsTheReasonsAndHidesThemAgain()
    {
        var card = Render<SessionCard>(ps => ps.Add(c => c.Session, SessionViews.Of(Sprints())));
        card.FindAll(".ht-why li").ShouldBeEmpty();

        card.Find("button").Click();

        card.FindAll(".ht-why li").Select(li => li.TextContent).ShouldBe(["Sprint series in odd weeks (R3)."]);
        card.Find("button").GetAttribute("aria-expanded").ShouldBe("true");
        card.Find("button").Click();
        card.FindAll(".ht-why li").ShouldBeEmpty();
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

        var card = Render<SessionCard>(ps => ps.Add(c => c.Session, SessionViews.Of(session)).Add(c => c.Logged, true));

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

        var card = Render<SessionCard>(ps => ps.Add(c => c.Session, SessionViews.Of(lift)).Add(c => c.Units, HybridTrainer.Data.Athletes.UnitSystem.Imperial));

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
