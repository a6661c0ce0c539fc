using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Infrastructure.Localization;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;

namespace HybridTrainer.Web.UnitTests.Localization;

/// <summary>
/// Why a session was made easier (R27) is kept as keys on the session: the athlete, their coach and the API each read
/// it in their own language, whoever accepted the easier session.
/// </summary>
public class DowngradeReasonLanguageTests
{
    private const string Stored = $"{ReasonKeys.ReadinessShortSleep}|5.5|6\n{ReasonKeys.ReadinessSoreLegs}|8";

    [Fact]
    public void SessionView_StoredKeys_ReadInEnglish()
    {
        using (Languages.Use(Languages.English))
        {
            SessionViews.Of(Downgraded(Stored)).DowngradeReason.ShouldBe("You slept 5.5 h, under 6 h. Leg soreness is 8/10.");
        }
    }

    [Fact]
    public void SessionView_StoredKeys_ReadInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            SessionViews.Of(Downgraded(Stored)).DowngradeReason.ShouldBe("Has dormido 5,5 h, menos de 6 h. Las agujetas en las piernas están en 8/10.");
        }
    }

    [Fact]
    public void SessionView_AReasonSavedAsASentenceBeforeKeys_ReadsAsWritten()
    {
        using (Languages.Use(Languages.Spanish))
        {
            SessionViews.Of(Downgraded("You slept 5 h, under 6 h. Leg soreness is 8/10.")).DowngradeReason
                .ShouldBe("You slept 5 h, under 6 h. Leg soreness is 8/10.");
        }
    }

    private static PlannedSession Downgraded(string reason) => new()
    {
        Id = Guid.NewGuid(),
        AthleteId = Guid.NewGuid(),
        Date = new DateOnly(2026, 11, 2),
        Kind = SessionKind.Run,
        RunType = RunType.Recovery,
        DurationMinutes = 30,
        PlannedRpe = 3,
        Adjustment = "R27",
        DowngradeReason = reason,
    };
}
