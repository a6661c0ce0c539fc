using HybridTrainer.Data.Athletes;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Calendar;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Features.Sheets;

/// <summary>
/// The printed sheet and the calendar print race day's finish from the block's exact prediction (R39): G's worked check
/// reads 3:34:43, where the whole-second pace times the distance would print 3:34:29.
/// </summary>
public class RaceFinishOnSheetTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly double PredictedSeconds = RaceSessions.Marathon.Race!.PredictedTime.TotalSeconds;

    [Fact]
    public void Build_RaceOfABlockWithAPrediction_PrintsThePredictedFinish()
    {
        var (athleteId, blockId) = (Guid.NewGuid(), Guid.NewGuid());
        var rows = RaceSessions.Stored(RaceSessions.RaceWeek, athleteId, Monday, blockId).Select(s => new SheetSessionRow(
            s.Id, athleteId, blockId, s.Date, s.Kind, s.RunType, s.LiftFocus, s.IsDeload, s.DurationMinutes, s.PlannedRpe, false, s.Prescription));
        var blocks = new Dictionary<Guid, SheetBlockMaxes> { [blockId] = new(blockId, 126m, 85.5m, 162m, 54m, PredictedSeconds) };

        var sheet = SheetBuilder.Build(
            new SheetAthleteRow(athleteId, "Robin", UnitSystem.Metric, 82m, "Gym", null), Monday, rows, blocks, SheetWords.For(StaticLocalizers.For<SheetText>()));

        var race = sheet.Days[6].Sessions.ShouldHaveSingleItem().Run!;
        race.MainSet.ShouldStartWith("Marathon · predicted 3:34:43 · even 5:05/km");
        race.Note.ShouldNotBeNull();
        race.Note.ShouldContain("Finish (42.2 km) 3:34:43");
    }

    [Fact]
    public void Calendar_RaceOfABlockWithAPrediction_DescribesThePredictedFinish()
    {
        var blockId = Guid.NewGuid();
        var finishes = new Dictionary<Guid, RaceFinish> { [blockId] = RaceFinish.Of(PredictedSeconds, false, null)! };

        var ics = TrainingCalendar.Serialize(
                "Robin", RaceSessions.Stored(RaceSessions.RaceWeek, Guid.NewGuid(), Monday, blockId), StaticLocalizers.For<CalendarText>(), StaticLocalizers.For<WhyText>(), finishes)
            .Replace("\r\n ", "", StringComparison.Ordinal);

        ics.ShouldContain("Marathon: predicted 3:34:43");
        ics.ShouldContain("Finish (42.2 km) 3:34:43");
    }
}
