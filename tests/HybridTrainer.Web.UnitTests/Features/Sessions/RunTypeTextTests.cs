using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.UnitTests.Features.Sessions;

/// <summary>Every kind of run has a proper name and a summary: a new RunType never shows as its enum name or throws.</summary>
public class RunTypeTextTests
{
    private static readonly Dictionary<RunType, string> Names = new()
    {
        [RunType.Steady] = "Steady run",
        [RunType.Recovery] = "Recovery run",
        [RunType.Interval] = "Sprint series",
        [RunType.Hill] = "Hill repeats",
        [RunType.Long] = "Long run",
        [RunType.Tempo] = "Tempo",
        [RunType.VO2Intervals] = "VO2max intervals",
        [RunType.Shakeout] = "Shakeout",
        [RunType.Race] = "Race",
    };

    public static TheoryData<RunType> AllRunTypes => [.. Enum.GetValues<RunType>()];

    [Theory]
    [MemberData(nameof(AllRunTypes))]
    public void Title_EveryRunType_HasItsProperName(RunType type)
    {
        Names.ShouldContainKey(type, $"{type} needs a name on cards, sheets and calendars");
        SessionText.Title(SessionKind.Run, type, null, false).ShouldBe(Names[type]);
    }

    [Theory]
    [MemberData(nameof(AllRunTypes))]
    public void RunSummaryAndCssKind_EveryRunType_GiveTextWithoutTheRawFallback(RunType type)
    {
        var run = new RunDetails { DistanceKm = 10m, PaceFastSecondsPerKm = 300, PaceSlowSecondsPerKm = 330, Repetitions = 4, RepetitionSeconds = 180, RestSeconds = 120, TargetRpe = 6 };

        SessionText.RunSummary(run, UnitSystem.Metric, type).ShouldNotBeNullOrWhiteSpace();
        SessionText.RunSummary(run, UnitSystem.Imperial, type).ShouldContain("/mi");
        SessionText.CssKind(SessionKind.Run, type, null).ShouldBe(type.ToString().ToLowerInvariant());
    }

    [Fact]
    public void Names_AreDistinct() => Names.Values.Distinct().Count().ShouldBe(Names.Count);

    [Theory]
    [InlineData(RunType.Tempo, "4 × 5 min · jog 1:00 · T 4:46/km")]
    [InlineData(RunType.VO2Intervals, "4 × 3 min · jog 1:00 · I 4:46/km")]
    [InlineData(RunType.Hill, "4 × 300 s uphill · rest 1:00 · 4:46/km")]
    public void RunSummary_TimedRepetitions_ReadAsTheirKind(RunType type, string expected)
    {
        var run = new RunDetails { Repetitions = 4, RepetitionSeconds = type == RunType.VO2Intervals ? 180 : 300, RestSeconds = 60, PaceFastSecondsPerKm = 286, PaceSlowSecondsPerKm = 286 };

        SessionText.RunSummary(run, UnitSystem.Metric, type).ShouldBe(expected);
    }

    [Fact]
    public void RunSummary_Shakeout_IsEasyRunningWithStrides()
    {
        var run = new RunDetails { Repetitions = 4, RepetitionSeconds = 20, RestSeconds = 60, DistanceKm = 3.3m, PaceFastSecondsPerKm = 329, PaceSlowSecondsPerKm = 365 };

        SessionText.RunSummary(run, UnitSystem.Metric, RunType.Shakeout).ShouldBe("3.3 km easy + 4 × 20 s strides · E 5:29–6:05/km");
    }

    [Fact]
    public void RunSummary_LongRunWithMPaceSegment_SaysHowLongAndHowFast()
    {
        var run = new RunDetails { DistanceKm = 25m, PaceFastSecondsPerKm = 329, PaceSlowSecondsPerKm = 365, RacePaceMinutes = 40, RacePaceFastSecondsPerKm = 295, RacePaceSlowSecondsPerKm = 305 };

        SessionText.RunSummary(run, UnitSystem.Metric, RunType.Long).ShouldBe("25 km · E 5:29–6:05/km · last 40 min at M 4:55–5:05/km");
        SessionText.RunSummary(run, UnitSystem.Imperial, RunType.Long).ShouldBe("15.5 mi · E 8:49–9:47/mi · last 40 min at M 7:55–8:11/mi");
    }

    [Fact]
    public void RacePaceSegment_AtTheGoalPace_SaysRacePace()
    {
        var run = new RunDetails { RacePaceMinutes = 30, RacePaceFastSecondsPerKm = 298, RacePaceSlowSecondsPerKm = 298 };

        SessionText.RacePaceSegment(run).ShouldBe("last 30 min at race pace 4:58/km");
    }
}
