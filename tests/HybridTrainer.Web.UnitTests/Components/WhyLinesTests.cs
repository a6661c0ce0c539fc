using Bunit;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Infrastructure.Localization;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;

namespace HybridTrainer.Web.UnitTests.Components;

/// <summary>The stored reasons of a session, worded on its card and its details page in the reader's language.</summary>
public class WhyLinesTests : MudTestContext
{
    [Fact]
    public void SessionCard_InEnglish_WordsTheStoredReasons()
    {
        using (Languages.Use(Languages.English))
        {
            var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(Hills()), default)));
            card.Find("button").Click();

            card.FindAll(".ht-why li").Select(li => li.TextContent).ShouldBe(
            [
                "Hill repeats this week instead of sprints: the quality run alternates weekly (R3).",
                "Placed with an easy or rest day between it and every other hard-leg session (R5).",
            ]);
        }
    }

    [Fact]
    public void SessionCard_InSpanish_WordsTheStoredReasonsInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var card = Render<SessionCard>(ps => ps.Add(c => c.Card, SessionCardView.For(SessionViews.Of(Hills()), default)));
            card.Find("button").Click();

            card.FindAll(".ht-why li")[0].TextContent.ShouldBe("Cuestas esta semana en lugar de series de velocidad: la carrera de calidad se alterna cada semana (R3).");
        }
    }

    [Fact]
    public void Prescription_InSpanish_WordsTheReasonsAndTheFoamRollingPrompt()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var page = Render<Prescription>(ps => ps.Add(c => c.Session, SessionViews.Of(LowerBody())));

            page.FindAll(".ht-why li")[0].TextContent.ShouldStartWith("Día de tren inferior: sentadilla");
            page.Find("[data-testid=prescription]").TextContent.ShouldContain("Después, pasa el rodillo de espuma por cuádriceps");
        }
    }

    [Fact]
    public void Prescription_ReasonsStoredAsSentences_ShowAsWritten()
    {
        var session = LowerBody();
        session.Prescription.Why = ["Lower body today, as the coach wrote it."];
        session.Prescription.FoamRolling = "Afterwards, foam-roll quads, hamstrings, glutes and calves for 5–10 minutes (R30).";
        using (Languages.Use(Languages.Spanish))
        {
            var page = Render<Prescription>(ps => ps.Add(c => c.Session, SessionViews.Of(session)));

            page.FindAll(".ht-why li").Select(li => li.TextContent).ShouldBe(["Lower body today, as the coach wrote it."]);
            page.Find("[data-testid=prescription]").TextContent.ShouldContain("Afterwards, foam-roll quads");
        }
    }

    private static PlannedSession Hills() => new()
    {
        Date = new DateOnly(2026, 12, 2),
        Kind = SessionKind.Run,
        RunType = RunType.Hill,
        DurationMinutes = 45,
        PlannedRpe = 8,
        LoadAu = 360,
        HardOnLegs = true,
        Prescription = new SessionPrescription
        {
            Run = new RunDetails { WarmUpMinutes = 15, CoolDownMinutes = 10, Repetitions = 6, RepetitionSeconds = 60, RestSeconds = 90 },
            Why = [ReasonKeys.WhyHills, ReasonKeys.DaySpacedFromHard],
        },
    };

    private static PlannedSession LowerBody() => new()
    {
        Date = new DateOnly(2026, 12, 1),
        Kind = SessionKind.Lift,
        LiftFocus = LiftFocus.Lower,
        DurationMinutes = 60,
        PlannedRpe = 8,
        LoadAu = 480,
        HardOnLegs = true,
        Prescription = new SessionPrescription
        {
            Why = [ReasonKeys.WhyLowerBodyDay, ReasonKeys.DaySpacedFromHard],
            FoamRolling = ReasonKeys.FoamRollAfterHeavyLegs,
        },
    };
}
