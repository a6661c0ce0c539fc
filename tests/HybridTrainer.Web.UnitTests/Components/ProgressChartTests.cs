using Bunit;
using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Progress;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.UnitTests.Components;

public class ProgressChartTests : MudTestContext
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Fact]
    public void TrendChart_TwoSeries_DrawsALineEachAndATableRowPerDate()
    {
        var chart = Render<TrendChart>(ps => ps
            .Add(c => c.Id, "e1rm")
            .Add(c => c.Title, "Estimated 1RM")
            .Add(c => c.Unit, "kg")
            .Add(c => c.Series, [
                new TrendSeries("Back squat", [new(Monday, 120m), new(Monday.AddDays(7), 125m)]),
                new TrendSeries("Bench press", [new(Monday.AddDays(2), 90m)])]));

        chart.FindAll("polyline").Count.ShouldBe(2);
        var rows = chart.FindAll(".ht-chart-table tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(3);
        rows[1].ShouldContain("90");
        rows[1].ShouldContain("–");
        chart.Find("svg").GetAttribute("aria-label").ShouldBe("Estimated 1RM: Back squat from 120 kg on 2 Nov to 125 kg on 9 Nov.");
    }

    [Fact]
    public void TrendChart_NoPoints_SaysNoDataYetAndDrawsNothing()
    {
        var chart = Render<TrendChart>(ps => ps.Add(c => c.Id, "vdot").Add(c => c.Title, "VDOT").Add(c => c.Unit, "VDOT").Add(c => c.Series, [new TrendSeries("VDOT", [])]));

        chart.FindAll("svg").ShouldBeEmpty();
        chart.Markup.ShouldContain("VDOT: no data yet.");
    }

    [Fact]
    public void TrendChart_AStall_IsRingedAndNamedInTheTable()
    {
        var chart = Render<TrendChart>(ps => ps
            .Add(c => c.Id, "tm").Add(c => c.Title, "Training max").Add(c => c.Unit, "kg")
            .Add(c => c.Series, [new TrendSeries("Back squat", [new(Monday, 125m), new(Monday.AddDays(28), 112.5m)])])
            .Add(c => c.Marks, [new DatedValue(Monday.AddDays(28), 112.5m)])
            .Add(c => c.MarkMeaning, "stall"));

        chart.FindAll("circle.ht-trend-mark").Count.ShouldBe(1);
        chart.FindAll(".ht-chart-table tbody tr")[1].TextContent.ShouldContain("112.5 (stall)");
    }

    [Fact]
    public void WeeklyBars_TwoLayersAndABand_StackEachWeekAndListTheNumbers()
    {
        var chart = Render<WeeklyBars>(ps => ps
            .Add(c => c.Id, "volume-quadriceps").Add(c => c.Title, "Quadriceps").Add(c => c.Unit, "sets")
            .Add(c => c.Mondays, [Monday, Monday.AddDays(7)])
            .Add(c => c.Layers, [new BarLayer("Lifting", [8m, 9m]), new BarLayer("Sprints and hills [PRODUCT]", [4m, 0m])])
            .Add(c => c.BandLow, 10m).Add(c => c.BandHigh, 20m));

        chart.FindAll("rect.ht-bar-0").Count.ShouldBe(2);
        chart.FindAll("rect.ht-bar-1").Count.ShouldBe(2);
        chart.FindAll("rect.ht-chart-band").Count.ShouldBe(1);
        chart.FindAll(".ht-chart-table tbody tr")[0].TextContent.ShouldContain("8");
        chart.Find("svg").GetAttribute("aria-label").ShouldBe("Quadriceps, 2 weeks; this week 9 sets, target 10–20 sets.");
    }

    [Fact]
    public void WeeklyBars_AllZero_SaysNoDataYet()
    {
        var chart = Render<WeeklyBars>(ps => ps
            .Add(c => c.Id, "run-km").Add(c => c.Title, "Kilometres").Add(c => c.Unit, "km")
            .Add(c => c.Mondays, [Monday]).Add(c => c.Layers, []));

        chart.Markup.ShouldContain("Kilometres: no data yet.");
    }

    [Fact]
    public void WhatChangedBlock_SaysTheDirectionAndWhatItMeans()
    {
        var view = new WhatChangedView(
            WeekOverWeek.Compare(5, [3, 4, 4, 5], WeekOverWeek.SessionsFlat),
            WeekOverWeek.CompareRelative(800, [1000, 1000, 1000, 1000], WeekOverWeek.LoadFlatFraction),
            MainLift.Squat,
            WeekOverWeek.CompareRelative(123.5m, [120m, null, null, null], WeekOverWeek.OneRepMaxFlatFraction),
            WeekOverWeek.Compare(null, [80m], WeekOverWeek.BodyWeightFlatKg));

        var block = Render<WhatChangedBlock>(ps => ps.Add(c => c.View, view));

        var lines = block.FindAll("li");
        lines.Select(l => l.GetAttribute("data-direction")).ShouldBe(["up", "down", "up", "no comparison"]);
        lines[1].TextContent.ShouldContain("a deload week, or sessions missed");
        lines[2].TextContent.ShouldContain("Estimated 1RM, Back squat: 123.5 kg");
        lines[3].TextContent.ShouldContain("nothing logged in the last 7 days");
    }
}
