using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Calendar;
using HybridTrainer.Web.Features.Sheets;

namespace HybridTrainer.Web.UnitTests.Features.Sheets;

/// <summary>The printed sheet and the calendar carry a race block's words: kinds, paces, fuelling, the race's splits.</summary>
public class RaceSheetTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void Build_RaceWeek_PrintsTheRaceWithItsPredictedTimeSplitsAndFuel()
    {
        var sheet = Build(UnitSystem.Metric, RaceSessions.RaceWeek);

        var race = sheet.Days[6].Sessions.ShouldHaveSingleItem();
        race.Title.ShouldBe("Race");
        race.Run!.MainSet.ShouldStartWith("Marathon · predicted 3:3");
        race.Run.MainSet.ShouldContain("· even ");
        race.Run.Note.ShouldNotBeNull();
        race.Run.Note.ShouldContain("Half-way (21.1 km)");
        race.Run.Note.ShouldContain("Finish (42.2 km)");
        race.Run.Note.ShouldContain("Fuel: Take 30–60 g of carbohydrate per hour");
        sheet.Days[5].Sessions.ShouldHaveSingleItem().Title.ShouldBe("Shakeout");
        sheet.Days[5].Sessions[0].Run!.MainSet.ShouldContain("× 20 s strides · E ");
    }

    [Fact]
    public void Build_ImperialLongRun_PrintsMilesTheRacePaceSegmentAndFuel()
    {
        var sheet = Build(UnitSystem.Imperial, RaceSessions.RacePaceLongRunWeek);

        var longRun = sheet.Days.SelectMany(d => d.Sessions).Single(s => s.Title == "Long run");
        longRun.Run!.MainSet.ShouldContain(" mi · E ");
        longRun.Run.MainSet.ShouldMatch(@"last \d+ min at M \d+:\d\d–\d+:\d\d/mi$");
        longRun.Run.Note.ShouldStartWith("Fuel: Take 30–60 g");
    }

    [Fact]
    public void Calendar_RaceWeek_DescribesTheRaceSplitsFuelAndTheShakeout()
    {
        var athleteId = Guid.NewGuid();

        var ics = TrainingCalendar.Serialize("Robin", RaceSessions.Stored(RaceSessions.RaceWeek, athleteId, Monday), StaticLocalizers.For<CalendarText>(), StaticLocalizers.For<WhyText>()).Replace("\r\n ", "", StringComparison.Ordinal);

        ics.ShouldContain("SUMMARY:Race (");
        ics.ShouldContain("Marathon: predicted 3:3");
        ics.ShouldContain("Half-way (21.1 km)");
        ics.ShouldContain("Fuel: Take 30–60 g of carbohydrate per hour");
        ics.ShouldContain("SUMMARY:Shakeout (");
        ics.ShouldContain("× 20 s strides");
    }

    [Fact]
    public void Calendar_LongRun_CarriesTheRacePaceSegmentAndFuel()
    {
        var ics = TrainingCalendar.Serialize("Robin", [RaceSessions.LongRun(Guid.NewGuid(), Monday)], StaticLocalizers.For<CalendarText>(), StaticLocalizers.For<WhyText>());

        // iCal folds long lines at 75 octets; unfold before reading.
        var text = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        text.ShouldContain("SUMMARY:Long run (");
        text.ShouldMatch(@"last \d+ min at M \d+:\d\d–\d+:\d\d/km");
        text.ShouldContain(@"Fuel: Take 30–60 g");
    }

    private static AthleteSheet Build(UnitSystem units, TrainingWeek week)
    {
        var athleteId = Guid.NewGuid();
        var rows = RaceSessions.Stored(week, athleteId, Monday).Select(s => new SheetSessionRow(
            s.Id, athleteId, null, s.Date, s.Kind, s.RunType, s.LiftFocus, s.IsDeload, s.DurationMinutes, s.PlannedRpe, false, s.Prescription));
        return SheetBuilder.Build(
            new SheetAthleteRow(athleteId, "Robin", units, 82m, "Gym", null), Monday, rows, new Dictionary<Guid, SheetBlockMaxes>(),
            SheetWords.For(StaticLocalizers.For<SheetText>()));
    }
}
