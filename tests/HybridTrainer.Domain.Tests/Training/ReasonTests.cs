using System.Globalization;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Training;

public class ReasonTests
{
    [Fact]
    public void ReasonKeys_All_HoldsEveryKeyOnce()
    {
        ReasonKeys.All.Count.ShouldBeGreaterThan(50);
        ReasonKeys.All.ShouldBeUnique();
    }

    [Fact]
    public void ReasonKeys_All_AreLettersAndDigitsOnly_SoNoStoredSentenceCanPassForOne() =>
        ReasonKeys.All.ShouldAllBe(key => key.All(char.IsAsciiLetterOrDigit));

    [Fact]
    public void ReasonKeys_IsKnown_FalseForASentence() =>
        ReasonKeys.IsKnown("Steady aerobic run to build your engine; most of your running stays easy (R8).").ShouldBeFalse();

    [Fact]
    public void Reason_SameKeyAndArguments_AreEqual()
    {
        new Reason(ReasonKeys.EffortByFeel, "4").ShouldBe(new Reason(ReasonKeys.EffortByFeel, "4"));
        new Reason(ReasonKeys.EffortByFeel, "4").GetHashCode().ShouldBe(new Reason(ReasonKeys.EffortByFeel, "4").GetHashCode());
    }

    [Fact]
    public void Reason_OtherArguments_AreNotEqual() =>
        new Reason(ReasonKeys.EffortByFeel, "4").ShouldNotBe(new Reason(ReasonKeys.EffortByFeel, "3"));

    [Fact]
    public void Reason_ToString_JoinsKeyAndArguments() =>
        new Reason(ReasonKeys.EffortHeartRate, "5", "118", "132").ToString().ShouldBe("EffortHeartRate|5|118|132");

    [Fact]
    public void Generate_MarathonLongRunWithRacePace_CarriesItsMinutesAsTheArgument()
    {
        var plan = BlockGenerator.Generate(Builders.Races.WorkedCheck());
        var longRun = plan.Sessions.First(s => s.Run?.RacePaceMinutes > 0);

        longRun.Why[0].ShouldBe(new Reason(ReasonKeys.WhyLongRunRacePace, longRun.Run!.RacePaceMinutes!.Value.ToString(CultureInfo.InvariantCulture)));
    }
}
