using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Domain.Tests.Rules;

/// <summary>The C3 pace table: every published pace reproduced within ±1 s.</summary>
public class PaceTableTests
{
    public static TheoryData<int, string, string, string, string, string> Rows => new()
    {
        // 5 km minutes, recovery, steady, E67 / T, I, R per km / R200 / R400
        { 20, "5:27-5:53", "4:54-5:27", "5:19/4:16", "3:51-3:56", "3:38/43.6/87.2" },
        { 21, "5:42-6:09", "5:08-5:42", "5:34/4:28", "4:02-4:07", "3:50/45.9/91.8" },
        { 25, "6:42-7:14", "6:03-6:42", "6:33/5:16", "4:45-4:51", "4:36/55.1/110.3" },
        { 28, "7:27-8:01", "6:44-7:27", "7:16/5:52", "5:18-5:25", "5:11/62.1/124.3" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void PacesFor_FiveKmTime_MatchesPaceTable(int fiveKmMinutes, string recovery, string steady, string easyAndThreshold, string interval, string repetition)
    {
        var vdot = Vdot.FromRace(5000, TimeSpan.FromMinutes(fiveKmMinutes));
        var paces = R15EasyRunPrescription.PacesFor(vdot);
        var (e67, t) = Pair(easyAndThreshold, '/');
        var (iFast, iSlow) = Pair(interval, '-');
        var r = repetition.Split('/');

        Within1(paces.Recovery.FastSecondsPerKm, Pair(recovery, '-').Fast);
        Within1(paces.Recovery.SlowSecondsPerKm, Pair(recovery, '-').Slow);
        Within1(paces.Steady.FastSecondsPerKm, Pair(steady, '-').Fast);
        Within1(paces.Steady.SlowSecondsPerKm, Pair(steady, '-').Slow);
        Within1(Vdot.SecondsPerKmAt(vdot, 0.67), e67);
        Within1(Vdot.SecondsPerKmAt(vdot, 0.88), t);
        Within1(Vdot.SecondsPerKmAt(vdot, 1.0), iFast);
        Within1(Vdot.SecondsPerKmAt(vdot, 0.975), iSlow);
        Within1(paces.RepetitionSecondsPerKm, Seconds(r[0]));
        MileSecondsPer(vdot, 200).ShouldBe(double.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), 0.1);
        MileSecondsPer(vdot, 400).ShouldBe(double.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), 0.1);
    }

    [Fact]
    public void PacesFor_TwentyTwoThirty_MatchesPreviewContract()
    {
        var vdot = Vdot.FromRace(5000, TimeSpan.FromMinutes(22.5));
        var paces = R15EasyRunPrescription.PacesFor(vdot);

        Math.Round(vdot, 1).ShouldBe(43.4);
        paces.Recovery.ShouldBe(new(365, 394));
        paces.Steady.ShouldBe(new(329, 365));
        paces.RepetitionSecondsPerKm.ShouldBe(247);
    }

    private static void Within1(int actual, int expected) => Math.Abs(actual - expected).ShouldBeLessThanOrEqualTo(1, $"{actual} vs {expected}");

    private static double MileSecondsPer(double vdot, int meters) =>
        Vdot.PredictRaceTime(vdot, Vdot.MileMeters).TotalSeconds * meters / Vdot.MileMeters;

    private static (int Fast, int Slow) Pair(string text, char separator)
    {
        var parts = text.Split(separator);
        return (Seconds(parts[0]), Seconds(parts[1]));
    }

    private static int Seconds(string minutesAndSeconds)
    {
        var parts = minutesAndSeconds.Split(':');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * 60) + int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
