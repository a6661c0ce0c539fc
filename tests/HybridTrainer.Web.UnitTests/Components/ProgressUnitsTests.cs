using System.Text.Json;
using Bunit;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Progress;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.UnitTests.Components;

/// <summary>The progress page and the home's "what changed" in the athlete's units: kg, km and cm, or lb, mi and in.</summary>
public class ProgressUnitsTests : MudTestContext
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Fact]
    public void Charts_Imperial_ConvertLoadsDistancesGirthsAndPace()
    {
        var charts = ProgressCharts.From(View(UnitSystem.Imperial), StaticLocalizers.For<ProgressText>());

        charts.OneRepMaxes.Single().Points.Select(p => p.Value).ShouldBe([220.5m, 231.5m]);
        charts.TrainingMaxes.Single().Points.Single().Value.ShouldBe(198.4m);
        charts.RepRecords.Single().ShouldBe(new ShownRepRecord("Back squat", 220.5m, 5, Monday));
        // A weigh-in reads as the whole pound it was typed in (180 lb is stored as 81.6 kg); the average to 0.1 lb.
        charts.BodyWeight[0].Points.Single().Value.ShouldBe(180m);
        charts.BodyWeight[1].Points.Single().Value.ShouldBe(180.8m);
        charts.Girths.Single(g => g.Name == "Waist").Points.Single().Value.ShouldBe(33.1m);
        charts.RunDistance.Single(l => l.Name == "Steady").Values.ShouldBe([6.21m, 0m]);
        charts.LongestRun.Single().Points.Single().Value.ShouldBe(6.21m);
        // 5:00 per km is 8:03 per mile.
        charts.EasyPace.Single().Points.Single().Value.ShouldBe(483m);
    }

    [Fact]
    public void Charts_Metric_KeepTheStoredFigures()
    {
        var charts = ProgressCharts.From(View(UnitSystem.Metric), StaticLocalizers.For<ProgressText>());

        charts.OneRepMaxes.Single().Points.Select(p => p.Value).ShouldBe([100m, 105m]);
        charts.RepRecords.Single().Load.ShouldBe(100m);
        charts.BodyWeight[0].Points.Single().Value.ShouldBe(81.6m);
        charts.Girths.Single(g => g.Name == "Waist").Points.Single().Value.ShouldBe(84m);
        charts.RunDistance.Single(l => l.Name == "Steady").Values.ShouldBe([10m, 0m]);
        charts.EasyPace.Single().Points.Single().Value.ShouldBe(300m);
    }

    [Fact]
    public void Report_Imperial_LabelsEveryChartAndTableInPoundsMilesAndInches()
    {
        var report = Render<ProgressReport>(ps => ps.Add(c => c.Charts, ProgressCharts.From(View(UnitSystem.Imperial), StaticLocalizers.For<ProgressText>())));

        report.Find("[data-testid=rep-records] thead").TextContent.ShouldContain("Load (lb)");
        report.Find("[data-testid=rep-records] tbody").TextContent.ShouldContain("220.5");
        report.Find("[data-testid=e1rm-chart] svg").GetAttribute("aria-label").ShouldBe("Estimated 1RM (R19, Epley from each session's best set of up to 10 reps): Back squat from 220.5 lb on 2 Nov to 231.5 lb on 9 Nov.");
        report.Find("[data-testid=body-weight-chart] thead").TextContent.ShouldContain("Weigh-in (lb)");
        report.Find("[data-testid=girths-chart] thead").TextContent.ShouldContain("Waist (in)");
        report.Find("[data-testid=run-km-chart] figcaption").TextContent.ShouldContain("Miles a week by run type");
        report.Find("[data-testid=run-km-chart] svg").GetAttribute("aria-label").ShouldBe("Miles a week by run type, 2 weeks; this week 0 mi.");
        report.Find("[data-testid=long-run-chart] thead").TextContent.ShouldContain("Longest run (mi)");
        report.Find("[data-testid=easy-pace-chart] tbody").TextContent.ShouldContain("8:03");
        report.Find("[data-testid=easy-pace-chart] figcaption").TextContent.ShouldContain("min/mi");
        report.Markup.ShouldNotContain("(kg)");
        report.Markup.ShouldNotContain("(km)");
        report.Markup.ShouldNotContain(" kg ");
    }

    [Fact]
    public void Report_Metric_LabelsInKilogramsAndKilometres()
    {
        var report = Render<ProgressReport>(ps => ps.Add(c => c.Charts, ProgressCharts.From(View(UnitSystem.Metric), StaticLocalizers.For<ProgressText>())));

        report.Find("[data-testid=rep-records] thead").TextContent.ShouldContain("Load (kg)");
        report.Find("[data-testid=run-km-chart] figcaption").TextContent.ShouldContain("Kilometres a week by run type");
        report.Find("[data-testid=long-run-chart] thead").TextContent.ShouldContain("Longest run (km)");
        report.Find("[data-testid=girths-chart] thead").TextContent.ShouldContain("Waist (cm)");
        report.Find("[data-testid=easy-pace-chart] tbody").TextContent.ShouldContain("5:00");
        report.Markup.ShouldNotContain("(lb)");
        report.Markup.ShouldNotContain(" mi ");
    }

    [Fact]
    public void Charts_SurviveTheHandOverFromPrerenderToCircuit()
    {
        // Persisted component state travels as JSON with the web defaults.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var json = JsonSerializer.Serialize(ProgressCharts.From(View(UnitSystem.Imperial), StaticLocalizers.For<ProgressText>()), options);

        var handedOver = JsonSerializer.Deserialize<ProgressCharts>(json, options)!;

        JsonSerializer.Serialize(handedOver, options).ShouldBe(json);
        handedOver.Volume.Count.ShouldBe(MuscleSets.Groups.Count);
        handedOver.Volume.First(v => v.Muscle == MuscleGroup.Quadriceps).Layers[0].Values.ShouldBe([3m, 0m]);
    }

    [Fact]
    public void WhatChanged_Imperial_ShowsPounds()
    {
        var view = new WhatChangedView(
            WeekOverWeek.Compare(5, [5, 5, 5, 5], WeekOverWeek.SessionsFlat),
            WeekOverWeek.CompareRelative(1000, [1000, 1000, 1000, 1000], WeekOverWeek.LoadFlatFraction),
            MainLift.Squat,
            WeekOverWeek.CompareRelative(100m, [95m, null, null, null], WeekOverWeek.OneRepMaxFlatFraction),
            WeekOverWeek.Compare(81.6m, [81m], WeekOverWeek.BodyWeightFlatKg),
            UnitSystem.Imperial);

        var lines = Render<WhatChangedBlock>(ps => ps.Add(c => c.View, view)).FindAll("li");

        lines[2].TextContent.ShouldContain("Estimated 1RM, Back squat: 220.5 lb");
        lines[2].TextContent.ShouldContain("(before: 209.4 lb)");
        lines[3].TextContent.ShouldContain("Body weight: 179.9 lb");
        lines[3].GetAttribute("data-direction").ShouldBe("up");
    }

    /// <summary>
    /// Two weeks: a back squat 1RM of 100 then 105 kg, a training max of 90 kg, a 100 kg × 5 record, an 81.6 kg weigh-in
    /// with 82 kg average and an 84 cm waist, a 10 km steady run, easy pace 5:00 per km, 3 quadriceps sets.
    /// </summary>
    private static ProgressView View(UnitSystem units)
    {
        var quads = new MuscleSets();
        quads.Add(MuscleGroup.Quadriceps, 3);
        return new ProgressView(
            new AthleteAccess(Guid.NewGuid(), Guid.NewGuid(), AthleteRelation.Self, units),
            Monday, Monday.AddDays(13), 2,
            new Dictionary<MainLift, IReadOnlyList<DatedValue>> { [MainLift.Squat] = [new(Monday, 100m), new(Monday.AddDays(7), 105m)], [MainLift.BenchPress] = [] },
            [new TrainingMaxCycle(MainLift.Squat, Monday, 90m, false)],
            [new AmrapResult(MainLift.Squat, Monday, 5, 8)],
            [new RepRecord(MainLift.Squat, 100m, 5, Monday)],
            [new BodyPoint(Monday, 81.6m, 82m, null, null, 84m, null)],
            [new RunningWeek(Monday, new Dictionary<string, decimal> { ["Steady"] = 10m }, new Dictionary<string, int> { ["Steady"] = 60 }, 10m),
             new RunningWeek(Monday.AddDays(7), new Dictionary<string, decimal>(), new Dictionary<string, int>(), 0m)],
            [],
            [new DatedValue(Monday, 300m)],
            new EasyBand(130, 145),
            [new VolumeWeek(Monday, quads, new MuscleSets()), new VolumeWeek(Monday.AddDays(7), new MuscleSets(), new MuscleSets())]);
    }
}
