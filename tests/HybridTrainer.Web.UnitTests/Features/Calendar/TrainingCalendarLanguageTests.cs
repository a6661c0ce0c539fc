using HybridTrainer.Web.Common.Why;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Calendar;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Features.Calendar;

public class TrainingCalendarLanguageTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void Serialize_InSpanish_WordsTheEntryInSpanish()
    {
        string ics;
        using (Languages.Use(Languages.Spanish))
        {
            ics = TrainingCalendar.Serialize("Robin", [RaceSessions.LongRun(Guid.NewGuid(), Monday)], StaticLocalizers.For<CalendarText>(), StaticLocalizers.For<WhyText>());
        }

        // iCal folds long lines at 75 octets; unfold before reading.
        var text = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        text.ShouldContain("Nutrición: Take 30–60 g");
        text.ShouldContain("X-WR-CALDESC:Sesiones de entrenamiento planificadas en HybridTrainer");
        text.ShouldNotContain("Fuel: ");
    }
}
