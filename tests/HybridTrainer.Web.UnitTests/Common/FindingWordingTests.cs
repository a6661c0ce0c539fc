using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.UnitTests.Common;

/// <summary>
/// The plan checker's findings worded: English reads exactly as the sentences the checker used to write, Spanish
/// formats dates and numbers its own way, and verdicts kept before keys keep showing as they were.
/// </summary>
public class FindingWordingTests
{
    private static readonly StringLocalizer<WhyText> Text = StaticLocalizers.For<WhyText>();

    // Stored form (as a finding is kept) against the sentence the checker wrote before keys, word for word.
    // 2026-12-07 is a Monday.
    public static TheoryData<string, string> OldEnglishFindings() => new()
    {
        { "FindingNoviceQualityHill|2026-12-07", "Hill run on Mon 7 Dec comes before four weeks of running base; keep it an easy run until then." },
        { "FindingSessionUnavailableDay|2026-12-08", "The session on Tue 8 Dec is on a day the athlete is not available; move it to an available day." },
        { "FindingWeekSessionCount|1|3|2|5|2|3|5", "Week 1 has 3 lift and 2 run sessions; with 5 available days the plan holds 2 lifts and 3 runs on at most 5 days." },
        { "FindingIntervalWeek|3", "Week 3 is an interval week; the quality run alternates between sprint series and hill repeats." },
        { "FindingHillWeek|2", "Week 2 is a hill week; the quality run alternates between sprint series and hill repeats." },
        { "FindingMainLiftCountBenchPress|2|0", "Week 2 has the bench press as a main lift 0 times; each main lift gets exactly one 5/3/1 block a week." },
        { "FindingHardDaysAdjacent|2026-12-07|2026-12-08", "Two hard-on-legs sessions on Mon 7 Dec and Tue 8 Dec leave no easy day between them; move one so a rest or easy day separates them." },
        { "FindingHardWeekEnds|1|2026-12-07|2026-12-13", "Week 1 starts and ends with a hard-on-legs session (Mon and Sun); repeated every week they fall on consecutive days." },
        { "FindingLegsShareDayInterval|2026-12-09|24", "Heavy leg lifting and a Interval run share Wed 9 Dec; legs need 24 h between them." },
        { "FindingEasyShareLow|2|61|240|0.8", "Week 2 has 61 of 240 running minutes at quality effort; keep at least 80% easy by lengthening easy runs or cutting repetitions." },
        { "FindingSprintTooSlow|2026-12-07|40|200", "Sprint series on Mon 7 Dec: 40 s per 200 m is slower than R pace; series are run at mile-race pace or faster." },
        { "FindingSprintRestShort|2026-12-07|60|20", "Sprint series on Mon 7 Dec: 60 s rest is too short for 20 s reps; rest at least 3× the rep time and 90 s so every rep stays fast." },
        { "FindingHillReps|2026-12-10|12|4|10", "Hill repeats on Thu 10 Dec have 12 reps; plan 4–10." },
        { "FindingEasyLengthRecovery|2026-12-11|70|20|40", "The recovery run on Fri 11 Dec lasts 70 min; plan 20–40 min." },
        { "FindingVolumeRise|3|200|140|0.3|182", "Week 3 plans 200 running minutes after 140: a rise over 30%. Shorten the easy runs to at most 182 min in total." },
        { "FindingAcwrHigh|4|2400|1200|2.00|1.5|1560", "Week 4 loads 2400 AU against 1200 AU in recent weeks (ACWR 2.00 ≥ 1.5); take the hard sessions out or shorten the week below 1560 AU." },
        { "FindingMonotonyHigh|2|2.35|2", "Week 2 is too uniform (monotony 2.35 > 2); make the easy days easier or add a rest day." },
        { "FindingWaveMismatch|Back squat|2026-12-07|1|65|75|85|5|5|5", "Back squat on Mon 7 Dec does not match week 1 of the 5/3/1 wave (65/75/85 % × 5/5/5)." },
        { "FindingLoadRounding|Bench press|2026-12-08|81.3|2.5", "Bench press on Tue 8 Dec asks for 81.3 kg; bar loads are multiples of 2.5 kg." },
        { "FindingMinimalistTempo|2026-12-09|40", "The minimalist shoes are planned for the Tempo run on Wed 9 Dec; keep them for easy runs of 40 min or less." },
        { "FindingShoeRetired|Pegasus 40|812|800|2026-12-12", "Pegasus 40 (812 km) is past 800 km but planned for Sat 12 Dec; pick another pair." },
        { "FindingPhaseBuild|5|2", "Week 5 should be a build week: the last 2 week(s) taper, the first 40 % of the rest build the base." },
        { "FindingLongRunPeakHalfMarathon|2026-12-13|150|120", "The long run on Sun 13 Dec lasts 150 min; for a half marathon it peaks at 120 min." },
        { "FindingNotRaceSpecificTempoTenK|2026-12-10", "The Tempo run on Thu 10 Dec is not the race-specific session of a 10 km." },
        { "FindingHardBeforeRaceVO2Intervals|2026-12-10|2|3", "The VO2Intervals run on Thu 10 Dec is 2 day(s) before the race; no hard running in the last 3 days." },
        { "FindingTaperMinutes|1|200|240|180|0.25", "Taper week 1 runs 200 min against 240 before the taper; cut it to at most 180 min (25% less)." },
        { "FindingMaintenanceDose|Deadlift|2026-12-08|5|70|80|2", "Deadlift on Tue 8 Dec is more than the maintenance dose close to the race: one working set of 5 at 70–80 % TM, no AMRAP or supplemental sets, assistance at most 2 sets." },
        { "FindingDayBeforeRaceLift|15|20", "The day before the race holds lift; make it rest or a 15–20 min shakeout with strides." },
        { "FindingAfterRace|2026-12-14|1|2", "Mon 14 Dec is 1 day(s) after the race; the first 2 days hold only recovery runs and upper-body lifts." },
        { "FindingRaceCount|2026-12-13|2", "A race block holds exactly one race, on Sun 13 Dec; this one holds 2." },
    };

    [Theory]
    [MemberData(nameof(OldEnglishFindings))]
    public void Word_AFindingInEnglish_ReadsAsTheCheckerWroteIt(string stored, string sentence)
    {
        using (Languages.Use(Languages.English))
        {
            Text.Word(stored).ShouldBe(sentence);
        }
    }

    [Fact]
    public void Word_AFindingInSpanish_WritesTheDateTheSpanishWay()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Text.Word(new Reason(ReasonKeys.FindingSprintRestShort, "2026-12-07", "60", "20")).ShouldBe(
                "Series de velocidad del lun 7 dic: 60 s de descanso es poco para repeticiones de 20 s; descansa al menos 3× el tiempo de la repetición y 90 s para que todas sigan siendo rápidas.");
        }
    }

    [Fact]
    public void Word_AFindingInSpanish_WritesTheLoadWithADecimalComma()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Text.Word("FindingLoadRounding|Press de banca|2026-12-08|81.3|2.5").ShouldBe("Press de banca del mar 8 dic pide 81,3 kg; las cargas de la barra son múltiplos de 2,5 kg.");
        }
    }

    [Fact]
    public void WordFinding_AKeptFinding_KeepsItsRuleInFront()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Text.WordFinding("R12: FindingHillJogBack|2026-12-10").ShouldBe("R12: Cuestas del jue 10 dic: el trote de bajada debe durar al menos lo mismo que la subida.");
        }
    }

    [Fact]
    public void WordFinding_AVerdictKeptBeforeKeys_IsShownAsWritten()
    {
        const string Old = "R11: Sprint series on Mon 7 Dec: 60 s rest is too short for 20 s reps; rest at least 3× the rep time and 90 s so every rep stays fast.";
        using (Languages.Use(Languages.Spanish))
        {
            Text.WordFinding(Old).ShouldBe(Old);
        }
    }

    [Fact]
    public void StoredFinding_EncodeThenDecode_GivesTheRuleAndReason()
    {
        var violation = new Domain.Planning.RuleViolation("R29", [], new Reason(ReasonKeys.FindingShoeRetired, "Pegasus", "812", "800", "2026-12-12"));

        StoredFinding.Encode(violation).ShouldBe("R29: FindingShoeRetired|Pegasus|812|800|2026-12-12");
        StoredFinding.Decode(StoredFinding.Encode(violation)).ShouldBe(("R29", violation.Reason));
    }

    [Fact]
    public void StoredReason_AnArgumentHoldingTheSeparator_IsEscapedAndReadBackWhole()
    {
        var reason = new Reason(ReasonKeys.FindingShoeRetired, @"Trail | mud \ rock", "812", "800", "2026-12-12");

        StoredReason.Encode(reason).ShouldBe(@"FindingShoeRetired|Trail \| mud \\ rock|812|800|2026-12-12");
        StoredReason.Decode(StoredReason.Encode(reason)).ShouldBe(reason);
    }

    [Fact]
    public void StoredReason_AnArgumentHoldingTheSeparator_IsWordedAsTyped()
    {
        using (Languages.Use(Languages.English))
        {
            Text.WordFinding(StoredFinding.Encode(new Domain.Planning.RuleViolation(
                "R29", [], new Reason(ReasonKeys.FindingShoeRetired, "Trail|Road", "812", "800", "2026-12-12"))))
                .ShouldBe("R29: Trail|Road (812 km) is past 800 km but planned for Sat 12 Dec; pick another pair.");
        }
    }

    [Fact]
    public void StoredReason_ARowWrittenBeforeTheEscape_ReadsBackUnchanged() =>
        StoredReason.Decode("EffortHeartRate|5|118|132").ShouldBe(new Reason(ReasonKeys.EffortHeartRate, "5", "118", "132"));

    [Fact]
    public void StoredReason_AnEmptyArgument_ReadsBackEmpty() =>
        StoredReason.Decode(StoredReason.Encode(new Reason(ReasonKeys.FindingRacePaceSegment, "2026-12-13", ""))).Arguments.ShouldBe(["2026-12-13", ""]);
}
