using Bunit;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Infrastructure.Localization;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;

namespace HybridTrainer.Web.UnitTests.Components;

/// <summary>A session card for a reader who chose Spanish: its words, its numbers and its "Move to…" days.</summary>
public class SessionCardSpanishTests : MudTestContext
{
    [Fact]
    public void SessionCard_InSpanish_NamesTheSessionAndItsRunInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(Sprints()), default)));

            card.Find("h3").TextContent.ShouldBe("Series de velocidad");
            card.Markup.ShouldContain("6 × 200 m · descanso 2:30 · 3:50/km");
            card.Markup.ShouldContain("45 min · RPE 8 · carga 360");
            card.Find("[data-testid=hard-on-legs]").TextContent.ShouldBe("Exigente para las piernas");
            card.Find("button").TextContent.ShouldBe("¿Por qué?");
        }
    }

    [Fact]
    public void SessionCard_InSpanish_WritesLoadsWithADecimalComma()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(Squats()), default, logged: true)));

            card.Find("h3").TextContent.ShouldBe("Tren inferior");
            card.Markup.ShouldContain("5 @ 82,5 kg, 5+ @ 107,5 kg");
            card.Find(".mud-chip").TextContent.ShouldBe("Registrada");
        }
    }

    [Fact]
    public void SessionCard_InSpanish_OffersTheOtherDaysByTheirSpanishNames()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(Sprints()), default))
                .Add(c => c.MoveDays, [new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 26)]).Add(c => c.OnMove, (SessionMoveRequest _) => { }));

            var toggle = card.Find("button[aria-haspopup=menu]");
            toggle.TextContent.ShouldBe("Mover a…");
            toggle.GetAttribute("aria-label").ShouldBe("Mover a… (Series de velocidad)");
            toggle.Click();

            card.Find("[role=menu]").GetAttribute("aria-label").ShouldBe("Mover Series de velocidad a");
            card.Find("[role=menuitem]").TextContent.ShouldStartWith("jueves 26 nov");
        }
    }

    [Fact]
    public void SessionCard_InEnglish_KeepsItsEnglishWords()
    {
        using (Languages.Use(Languages.English))
        {
            var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(Squats()), default)));

            card.Find("h3").TextContent.ShouldBe("Lower body");
            card.Markup.ShouldContain("60 min · RPE 7 · load 420");
            card.Markup.ShouldContain("5 @ 82.5 kg, 5+ @ 107.5 kg");
        }
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

    private static PlannedSession Squats() => new()
    {
        Date = new DateOnly(2026, 11, 23),
        Kind = SessionKind.Lift,
        LiftFocus = LiftFocus.Lower,
        DurationMinutes = 60,
        PlannedRpe = 7,
        LoadAu = 420,
        Prescription = new SessionPrescription
        {
            Exercises =
            [
                new ExercisePrescription
                {
                    Name = "Back squat",
                    MainLift = "Squat",
                    Role = "Main",
                    Sets = [new() { Reps = 5, WeightKg = 82.5m }, new() { Reps = 5, WeightKg = 107.5m, Amrap = true }],
                },
            ],
            Why = ["Lower body today."],
        },
    };
}
