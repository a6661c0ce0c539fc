using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.UnitTests.Common;

/// <summary>
/// The plan's warnings, R27's check-in triggers and R26's sleep line worded: English reads exactly as the sentences the
/// engine used to write, Spanish reads Spanish, and warnings stored before keys keep showing as they were.
/// </summary>
public class WarningWordingTests
{
    private const string OldShoeWarning = "Old Pegasus has 812 km, past 800 km: it is left out of the plan; retire it.";

    private static readonly StringLocalizer<WhyText> Text = StaticLocalizers.For<WhyText>();

    // Stored form against the sentence the engine wrote before keys, word for word: one line per key.
    public static TheoryData<string, string> OldEnglishSentences() => new()
    {
        { "WarningQualitySoftened", "Your available days are too close together to keep a quality run a full day away from both heavy leg sessions, so that run stays an easy steady run. Add a training day that is not next to the others to get sprint series and hill repeats back." },
        { "WarningSprintSeriesVolume|3|2.4|2.0", "From week 3 the sprint series (2.4 km) are more than Daniels' guide of 5 % of your weekly running (2.0 km). The programme keeps its 6–8 series; if your legs feel beaten up, stop a rep or two early." },
        { "WarningRunFloorAboveRecent|1|120|90", "Week 1: even the shortest runs the plan allows (120 min) are more than 10 % above the 90 min you ran recently. Keep every easy run conversational and walk breaks are fine; if your shins or knees complain, choose fewer run days for now." },
        { "WarningLoadLow|5|0.70|0.8", "Week 5 is lighter than your recent training (ACWR 0.70, below 0.8). That is fine after a hard spell; otherwise add a few minutes to the easy runs." },
        { "WarningLoadStillHigh|2|1.62|1.5", "Week 2 was lightened as far as the plan allows and is still 1.62 times your recent weekly load (ACWR ≥ 1.5), so it holds no hard sessions. Log a few easy weeks first, or start with fewer available days." },
        { "WarningLoadLightened|2|1450|1.30", "Week 2 was lightened to 1450 AU, the most your recent training allows (ACWR 1.30); each week climbs with your load until the full plan fits. If you feel run down, swap a session for a rest day." },
        { "WarningLoadUniform|4", "Week 4 is very uniform from day to day; keep one day fully off and the easy runs truly easy." },
        { "WarningAmrapShortSquat", "Back squat: your last AMRAP fell short, so its training max drops to 90 % for this cycle. Rebuild with clean reps; the weight comes back within a few weeks." },
        { "WarningAmrapShortBenchPress", "Bench press: your last AMRAP fell short, so its training max drops to 90 % for this cycle. Rebuild with clean reps; the weight comes back within a few weeks." },
        { "WarningAmrapShortDeadlift", "Deadlift: your last AMRAP fell short, so its training max drops to 90 % for this cycle. Rebuild with clean reps; the weight comes back within a few weeks." },
        { "WarningAmrapShortOverheadPress", "Overhead press: your last AMRAP fell short, so its training max drops to 90 % for this cycle. Rebuild with clean reps; the weight comes back within a few weeks." },
        { "WarningShoesNone", "No running shoes on file: add a cushioned pair and a minimalist pair so the plan can rotate them." },
        { "WarningShoesNoCushioned", "Add a cushioned pair: minimalist shoes are kept for easy runs of 40 minutes or less, so the other runs have no shoe yet." },
        { "WarningShoesSecondPair", "Add a second pair, ideally minimalist: runners who rotate two pairs get injured less often." },
        { "WarningShoeRetired|Old Pegasus|812|800", OldShoeWarning },
        { "WarningShoeWorn|Trail 2|520|800", "Trail 2 has 520 km: start looking for a replacement before 800 km." },
        { "WarningVolumeShortFiveK|150|140", "A 5 km is usually trained on about 150 running minutes at the peak; growing safely (at most 10 % a week) from where you start, this plan reaches 140. It keeps the safe progression: a later race or more available days would let it build further." },
        { "WarningVolumeShortTenK|180|165", "A 10 km is usually trained on about 180 running minutes at the peak; growing safely (at most 10 % a week) from where you start, this plan reaches 165. It keeps the safe progression: a later race or more available days would let it build further." },
        { "WarningVolumeShortHalfMarathon|220|200", "A half marathon is usually trained on about 220 running minutes at the peak; growing safely (at most 10 % a week) from where you start, this plan reaches 200. It keeps the safe progression: a later race or more available days would let it build further." },
        { "WarningVolumeShortMarathon|270|250", "A marathon is usually trained on about 270 running minutes at the peak; growing safely (at most 10 % a week) from where you start, this plan reaches 250. It keeps the safe progression: a later race or more available days would let it build further." },
        { "WarningTaperShort|1|150|160", "Taper week 1 cannot drop as far as the taper asks (150 min against 160 before it) without cutting runs; skip the recovery run if your legs feel heavy." },
        { "WarningGoalAmbitious|50.0|2|46.3|3:34:42", "Your goal needs a VDOT of 50.0, more than 2 above your current 46.3: ambitious for the weeks available. Race-pace work uses your predicted pace (3:34:42); a new 5 km time during the block can move it." },
        { "ReadinessShortSleep|5.5|6", "You slept 5.5 h, under 6 h." },
        { "ReadinessShortSleep|5|6", "You slept 5 h, under 6 h." },
        { "ReadinessSoreLegs|8", "Leg soreness is 8/10." },
        { "ReadinessLowWellness|11", "Wellness score is 11/25." },
        { "ReadinessLowHrv", "Your 7-day HRV is below your normal range." },
        { "ReadinessHighRestingHeartRate|7", "Resting heart rate has been 7+ bpm above normal for two mornings." },
        { "SleepTargetAdult", "Aim for 7–9 hours of sleep a night: muscles rebuild while you sleep (R26)." },
        { "SleepTargetOlderAdult", "Aim for 7–8 hours of sleep a night: muscles rebuild while you sleep (R26)." },
    };

    [Theory]
    [MemberData(nameof(OldEnglishSentences))]
    public void Word_InEnglish_ReadsAsTheEngineWroteIt(string stored, string sentence)
    {
        using (Languages.Use(Languages.English))
        {
            Text.Word(stored).ShouldBe(sentence);
        }
    }

    [Fact]
    public void OldEnglishSentences_PinEveryWarningReadinessAndSleepKey()
    {
        var pinned = OldEnglishSentences().Select(row => row.Data.Item1.Split('|')[0]).ToHashSet();

        ReasonKeys.All.Where(k => k.StartsWith("Warning", StringComparison.Ordinal) || k.StartsWith("Readiness", StringComparison.Ordinal) || k.StartsWith("SleepTarget", StringComparison.Ordinal))
            .Where(k => !pinned.Contains(k)).ShouldBeEmpty();
    }

    [Fact]
    public void Word_AnAmbitiousGoalWarningInSpanish_WritesTheVdotsWithACommaAndTheTimeAsItIs()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Text.Word(new Reason(ReasonKeys.WarningGoalAmbitious, "50.0", "2", "46.3", "3:34:42")).ShouldBe(
                "Tu objetivo necesita un VDOT de 50,0, más de 2 por encima de tu 46,3 actual: ambicioso para las semanas disponibles. El trabajo a ritmo de carrera usa tu ritmo previsto (3:34:42); un nuevo tiempo de 5 km durante el bloque puede cambiarlo.");
        }
    }

    [Fact]
    public void Word_AShortSleepCheckInInSpanish_ReadsSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Text.Word(new Reason(ReasonKeys.ReadinessShortSleep, "5.5", "6")).ShouldBe("Has dormido 5,5 h, menos de 6 h.");
        }
    }

    [Fact]
    public void Word_TheSleepTargetInSpanish_ReadsSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Text.Word(Domain.Rules.R26SleepTarget.For(1990, new DateOnly(2027, 1, 4)))
                .ShouldBe("Intenta dormir de 7 a 9 horas cada noche: los músculos se reconstruyen mientras duermes (R26).");
        }
    }

    [Fact]
    public void Snapshot_StoredWithAnEnglishWarningAndSleepLine_ReadsBackAsWrittenInAnyLanguage()
    {
        var start = new DateOnly(2027, 1, 4);
        var request = new BlockRequest(
            new AthleteProfile(82m, 1990, 60, 40, TimeSpan.FromMinutes(22),
                new LiftMaxes(new LiftMax(140m, 1), new LiftMax(100m, 1), new LiftMax(180m, 1), new LiftMax(60m, 1)),
                [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday], Goal.Balanced, []),
            start, 4);
        var snapshot = BlockSnapshotMapping.From(BlockGenerator.Generate(request), request);
        snapshot.Warnings = [new BlockWarning { Rule = "R29", Message = OldShoeWarning }];
        snapshot.SleepTarget = "Aim for 7–9 hours of sleep a night: muscles rebuild while you sleep (R26).";

        var block = snapshot.ToDomain(start, 4, []);

        using (Languages.Use(Languages.Spanish))
        {
            Text.Word(block.Warnings.Single().Reason).ShouldBe(OldShoeWarning);
            Text.Word(block.SleepTarget).ShouldBe(snapshot.SleepTarget);
        }
    }

    [Fact]
    public void Snapshot_NewBlock_StoresTheWarningsAsKeysAndReadsThemBack()
    {
        var start = new DateOnly(2027, 1, 4);
        var request = new BlockRequest(
            new AthleteProfile(82m, 1990, 60, 40, TimeSpan.FromMinutes(22),
                new LiftMaxes(new LiftMax(140m, 1), new LiftMax(100m, 1), new LiftMax(180m, 1), new LiftMax(60m, 1)),
                [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday], Goal.Balanced, []),
            start, 4);
        var generated = BlockGenerator.Generate(request);

        var snapshot = BlockSnapshotMapping.From(generated, request);

        snapshot.Warnings.ShouldContain(w => w.Rule == "R28" && w.Message == ReasonKeys.WarningShoesNone);
        snapshot.SleepTarget.ShouldBe(ReasonKeys.SleepTargetAdult);
        var back = snapshot.ToDomain(start, 4, []);
        back.Warnings.ShouldBe(generated.Warnings);
        back.SleepTarget.ShouldBe(generated.SleepTarget);
    }
}
