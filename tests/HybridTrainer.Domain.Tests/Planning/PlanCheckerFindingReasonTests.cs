using System.Globalization;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Planning;

/// <summary>
/// What the checker tells about a broken rule: a key from <see cref="ReasonKeys"/> and invariant arguments, so the web
/// can word it in any language; never an English sentence, and never written the way the current culture writes.
/// </summary>
public class PlanCheckerFindingReasonTests
{
    private static readonly AthleteProfile _profile = new ProfileBuilder().Build();
    private static readonly TrainingBlock _plan = Plans.Generate(_profile);

    [Fact]
    public void Check_RestShorterThanThreeTimesRep_CarriesTheDateRestAndRepSeconds()
    {
        var edited = _plan.ChangeRun(RunType.Interval, r => r with { RestSeconds = 120 });
        var series = edited.Sessions.First(s => s.RunType == RunType.Interval);

        var finding = Plans.Check(edited, _profile).First(v => v.Rule == "R11");

        finding.Reason.ShouldBe(new Reason(ReasonKeys.FindingSprintRestShort,
            series.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "120", series.Run!.RepetitionSeconds!.Value.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Check_ShoePastEightHundredKm_CarriesThePairsNameAndRoundedKilometres()
    {
        var profile = new ProfileBuilder().WithShoes(new Shoe("road", "Road | trainer", ShoeKind.Cushioned, 900.4), new Shoe("flat", "Flat", ShoeKind.Minimalist, 10)).Build();

        var finding = Plans.Check(_plan, profile).First(v => v.Rule == "R29");

        finding.Reason.Key.ShouldBe(ReasonKeys.FindingShoeRetired);
        finding.Reason.Arguments[..3].ShouldBe(["Road | trainer", "900", "800"]);
    }

    [Fact]
    public void Check_MinimalistShoesOnSprints_PicksTheSentenceOfTheRunType() =>
        Plans.Check(_plan.Change(s => s.RunType == RunType.Interval, s => s with { ShoeId = "flat" }), _profile)
            .Where(v => v.Rule == "R28").Select(v => v.Reason.Key).ShouldContain(ReasonKeys.FindingMinimalistInterval);

    [Fact]
    public void Check_InASpanishCulture_WritesArgumentsInvariantly()
    {
        var edited = _plan.ChangeRun(RunType.Interval, r => r with { Repetitions = 6, RepetitionSeconds = 600, RestSeconds = 1800 })
            .Change(s => s.LiftFocus == LiftFocus.Lower, s => s with { Exercises = [.. s.Exercises.Select(e => e with { Sets = [.. e.Sets.Select(set => set with { WeightKg = set.WeightKg + 0.3m })] })] });
        var culture = CultureInfo.CurrentCulture;
        IReadOnlyList<RuleViolation> findings;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("es-ES");
            findings = Plans.Check(edited, _profile);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        findings.Select(v => v.Rule).ShouldContain("R21");
        findings.SelectMany(v => v.Reason.Arguments).Where(a => a.Contains(',', StringComparison.Ordinal)).ShouldBeEmpty();
        findings.First(v => v.Rule == "R21").Reason.Arguments[2].ShouldContain('.');
    }

    [Fact]
    public void Check_OverManyEditedPlans_ReportsOnlyKeysTheWebCanWord()
    {
        var keys = new HashSet<string>();
        for (var weeks = 4; weeks <= 8; weeks += 2)
        {
            var plan = Plans.Generate(_profile, weeks);
            foreach (var edited in new[]
            {
                plan,
                plan.ChangeRun(RunType.Interval, r => r with { RestSeconds = 30, Repetitions = 12, RepetitionDistanceMeters = 500, WarmUpMinutes = 1 }),
                plan.ChangeRun(RunType.Hill, r => r with { Repetitions = 14, RepetitionSeconds = 200, RestSeconds = 10 }),
                plan.Change(s => s.Kind == SessionKind.Run, s => s with { Date = s.Date.AddDays(1), ShoeId = "flat" }),
            })
            {
                keys.UnionWith(Plans.Check(edited, _profile).Select(v => v.Reason.Key));
            }
        }

        keys.Count.ShouldBeGreaterThan(5);
        keys.Where(key => !ReasonKeys.IsKnown(key)).ShouldBeEmpty();
    }
}
