using Bunit;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Progress;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Localization;

/// <summary>The progress page and the home's "what changed" in Spanish: words, series names and decimal commas.</summary>
public class ProgressInSpanishTests : MudTestContext
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Fact]
    public void Report_InSpanish_TitlesTheChartsAndWritesDecimalCommas()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var report = Render<ProgressReport>(ps => ps.Add(c => c.Charts, ProgressCharts.From(View(), StaticLocalizers.For<ProgressText>())));

            report.Find("h2").TextContent.ShouldBe("Fuerza");
            report.Find("[data-testid=rep-records] thead").TextContent.ShouldContain("Carga (kg)");
            report.Find("[data-testid=rep-records] tbody").TextContent.ShouldContain("82,5");
            report.Find("[data-testid=e1rm-chart] svg").GetAttribute("aria-label")!
                .ShouldStartWith("1RM estimado (R19, Epley a partir de la mejor serie de hasta 10 repeticiones de cada sesión): Sentadilla trasera de 82,5 kg el ");
            report.Find("[data-testid=run-km-chart] thead").TextContent.ShouldContain("Continua (km)");
        }
    }

    [Fact]
    public void Report_InSpanish_SaysWhenAChartHasNoData()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var report = Render<ProgressReport>(ps => ps.Add(c => c.Charts, ProgressCharts.From(View(), StaticLocalizers.For<ProgressText>())));

            report.Find("[data-testid=girths-chart]").TextContent.Trim().ShouldBe("Perímetros: aún no hay datos.");
        }
    }

    [Fact]
    public void Report_InEnglish_KeepsDecimalPoints()
    {
        using (Languages.Use(Languages.English))
        {
            var report = Render<ProgressReport>(ps => ps.Add(c => c.Charts, ProgressCharts.From(View(), StaticLocalizers.For<ProgressText>())));

            report.Find("[data-testid=rep-records] tbody").TextContent.ShouldContain("82.5");
            report.Find("[data-testid=e1rm-chart] svg").GetAttribute("aria-label")!.ShouldStartWith("Estimated 1RM (R19, Epley from each session's best set of up to 10 reps): Back squat from 82.5 kg on 2 Nov");
        }
    }

    [Fact]
    public void WhatChanged_InSpanish_ReadsTheBodyWeightWithADecimalComma()
    {
        var view = new WhatChangedView(
            WeekOverWeek.Compare(5, [5, 5, 5, 5], WeekOverWeek.SessionsFlat),
            WeekOverWeek.CompareRelative(1000, [1000, 1000, 1000, 1000], WeekOverWeek.LoadFlatFraction),
            MainLift.Squat,
            WeekOverWeek.CompareRelative(100m, [95m, null, null, null], WeekOverWeek.OneRepMaxFlatFraction),
            WeekOverWeek.Compare(81.6m, [81m], WeekOverWeek.BodyWeightFlatKg));

        using (Languages.Use(Languages.Spanish))
        {
            var lines = Render<WhatChangedBlock>(ps => ps.Add(c => c.View, view)).FindAll("li");

            lines[3].TextContent.ShouldContain("Peso corporal: 81,6 kg");
            lines[3].TextContent.ShouldContain("(antes: 81,0 kg)");
            // The direction stays a machine word; the words read out are Spanish.
            lines[3].GetAttribute("data-direction").ShouldBe("up");
            lines[3].TextContent.ShouldContain(", sube");
        }
    }

    // Two weeks: a back squat 1RM of 82.5 then 85 kg and an 82.5 kg × 5 record, a 10 km steady run, no girths.
    private static ProgressView View() => new(
        new AthleteAccess(Guid.NewGuid(), Guid.NewGuid(), AthleteRelation.Self, UnitSystem.Metric),
        Monday, Monday.AddDays(13), 2,
        new Dictionary<MainLift, IReadOnlyList<DatedValue>> { [MainLift.Squat] = [new(Monday, 82.5m), new(Monday.AddDays(7), 85m)] },
        [],
        [],
        [new RepRecord(MainLift.Squat, 82.5m, 5, Monday)],
        [new BodyPoint(Monday, 81.6m, 82m, null, null, null, null)],
        [new RunningWeek(Monday, new Dictionary<string, decimal> { ["Steady"] = 10m }, new Dictionary<string, int> { ["Steady"] = 60 }, 10m),
         new RunningWeek(Monday.AddDays(7), new Dictionary<string, decimal>(), new Dictionary<string, int>(), 0m)],
        [],
        [],
        null,
        [new VolumeWeek(Monday, new MuscleSets(), new MuscleSets()), new VolumeWeek(Monday.AddDays(7), new MuscleSets(), new MuscleSets())]);
}
