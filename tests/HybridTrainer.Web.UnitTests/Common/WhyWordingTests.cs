using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.UnitTests.Common;

/// <summary>
/// The engine's reasons worded: every key it can return exists in both languages, English reads exactly as the
/// sentences the engine used to write, and lines stored before keys keep showing as they were.
/// </summary>
public class WhyWordingTests
{
    private static readonly StringLocalizer<WhyText> Text = StaticLocalizers.For<WhyText>();

    public static TheoryData<string> SpokenLanguages() => [.. Languages.All];

    // Stored form (as the engine's reason is kept) against the sentence the engine wrote before keys, word for word.
    public static TheoryData<string, string> OldEnglishSentences() => new()
    {
        { "WhyHills", "Hill repeats this week instead of sprints: the quality run alternates weekly (R3)." },
        { "WhySteady", "Steady aerobic run to build your engine; most of your running stays easy (R8)." },
        { "WhyFullBodyDayA", "Full-body day A: squat and bench press each get their one 5/3/1 block of the week, with lunges (R4)." },
        { "WhyDeloadSprints", "Sprint series in the deload week: your other weeks keep the quality run easy because the days sit next to heavy leg days, but this week's light lifts leave room for it (R24, R3)." },
        { "WhyLongRunRacePace|30", "Long run with 30 min at marathon pace near the end: it is this week's quality session and rehearses race day (R34, R33)." },
        { "DayLiftAfterHeavyLegs", "No heavy legs today: yesterday was a heavy leg session (R5)." },
        { "DayLiftAfterSprints", "No heavy legs today: yesterday was sprint series (R5, R6)." },
        { "DayRunAfterTempo", "Easy today because yesterday was a tempo run; legs get 24 h before the next hard effort (R5, R34)." },
        { "DayRunAfterHardSession", "Easy today because yesterday was a hard session; legs get 24 h before the next hard effort (R5)." },
        { "DayAvailable", "On one of your available days, away from the hard-leg sessions (R2)." },
        { "EffortHills", "Run each climb at RPE 8–9, about mile-race effort, and walk or jog back down (R12)." },
        { "EffortByFeel|3", "No 5 km time yet: run by feel at RPE 3, able to talk in full sentences (R15)." },
        { "EffortHeartRate|5|118|132", "No 5 km time yet: run at RPE 5 with heart rate 118–132 bpm (R15)." },
        { "FoamRollAfterHeavyLegs", "Afterwards, foam-roll quads, hamstrings, glutes and calves for 5–10 minutes (R30)." },
        { "DowngradeRecoveryInsteadOfInterval", "Easy recovery run instead of interval work today, after your check-in (R27)." },
        { "DowngradeRecoveryInsteadOfVO2", "Easy recovery run instead of vo2intervals work today, after your check-in (R27)." },
        { "DowngradeDeloadLifts", "Same lifts at deload weights (40/50/60 %) today, after your check-in (R27)." },
        { "RaceTooSoonMarathon|12|11|2026-12-14", "A marathon needs at least 12 weeks of preparation; the race is 11 weeks away. Start on or before 14 Dec 2026, or choose a later race." },
        { "RaceTooSoonFiveK|6|0|2027-01-04", "A 5 km needs at least 6 weeks of preparation; the race is 0 weeks away. Start on or before 4 Jan 2027, or choose a later race." },
        { "RaceTooFar|31|24|2027-01-04", "The race is 31 weeks away; a race block covers at most 24. Start on or after 4 Jan 2027, and plan open blocks until then." },
        { "RaceFewRunsHalfMarathonOne|3|5|1", "A half marathon needs at least 3 runs a week, which takes 5 available days; add 1 day." },
        { "RaceFewRunsTenKMany|2|4|2", "A 10 km needs at least 2 runs a week, which takes 4 available days; add 2 days." },
        { "RaceNeedsFiveKmTime", "A race plan sets every pace from a recent race: enter a 5 km time from a race or a time trial in the last few weeks." },
    };

    [Theory]
    [MemberData(nameof(SpokenLanguages))]
    public void EveryKeyTheEngineCanReturn_IsWordedIn(string language)
    {
        using (Languages.Use(language))
        {
            ReasonKeys.All.Where(key => Text[key].ResourceNotFound).ShouldBeEmpty();
        }
    }

    [Fact]
    public void WhyText_HoldsNoKeyTheEngineLacks()
    {
        using (Languages.Use(Languages.English))
        {
            Text.GetAllStrings(includeParentCultures: true).Select(s => s.Name).Except(ReasonKeys.All).ShouldBeEmpty();
        }
    }

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
    public void Word_InSpanish_WordsTheReasonInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Text.Word(new Reason(ReasonKeys.WhyHills)).ShouldBe("Cuestas esta semana en lugar de series de velocidad: la carrera de calidad se alterna cada semana (R3).");
        }
    }

    [Fact]
    public void Word_InSpanish_PutsTheArgumentsInPlace()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Text.Word(new Reason(ReasonKeys.EffortHeartRate, "5", "118", "132")).ShouldBe("Aún no hay tiempo de 5 km: corre a RPE 5 con el pulso entre 118 y 132 ppm (R15).");
        }
    }

    [Fact]
    public void Word_InSpanish_WritesTheDateTheSpanishWay()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Text.Word("RaceTooFar|31|24|2027-01-04").ShouldContain("Empieza el 4 ene 2027 o después");
        }
    }

    [Fact]
    public void Word_ALineStoredBeforeKeys_IsShownAsWritten()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Text.Word("Sprint series in odd weeks (R3).").ShouldBe("Sprint series in odd weeks (R3).");
        }
    }

    [Fact]
    public void StoredReason_EncodeThenDecode_GivesTheSameReason()
    {
        var reason = new Reason(ReasonKeys.EffortHeartRate, "5", "118", "132");

        StoredReason.Encode(reason).ShouldBe("EffortHeartRate|5|118|132");
        StoredReason.Decode(StoredReason.Encode(reason)).ShouldBe(reason);
    }

    [Fact]
    public void StoredReason_DecodeASentenceWithTheSeparator_KeepsItWhole() =>
        StoredReason.Decode("Sprints | hills alternate (R3).").ShouldBe(new Reason("Sprints | hills alternate (R3)."));
}
