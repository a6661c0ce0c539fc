using System.Globalization;
using Bunit;
using HybridTrainer.Domain.Adaptation;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Components;

/// <summary>The plan preview's warnings and a check-in's downgrade offer, worded in the reader's language.</summary>
public class BlockPreviewWarningsTests : MudTestContext
{
    private static readonly DateOnly Start = new(2027, 1, 4);

    private static readonly AthleteProfile Profile = new(82m, 1994, 60, 40, TimeSpan.FromSeconds((22 * 60) + 30),
        new LiftMaxes(new LiftMax(140m, 1), new LiftMax(100m, 1), new LiftMax(180m, 1), new LiftMax(60m, 1)),
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday, DayOfWeek.Sunday], Goal.Balanced, []);

    // A three-hour goal on a 3:34 prediction: R39's ambitious-goal warning.
    private static TrainingBlock AmbitiousMarathon() => BlockGenerator.Generate(BlockRequest.ForRace(
        Profile, Start, new RaceGoal(RaceDistance.Marathon, Start.AddDays((15 * 7) + 6), TimeSpan.FromHours(3))));

    private List<string> Alerts(TrainingBlock block) =>
        [.. Render<BlockPreview>(ps => ps.Add(c => c.Block, block)).FindAll(".mud-alert-message").Select(a => a.TextContent.Trim())];

    [Fact]
    public void BlockPreview_AmbitiousGoal_ShowsTheR39WarningAsTheEngineWroteIt()
    {
        var block = AmbitiousMarathon();
        var race = block.Race!;

        // The engine's sentence before keys, its time to the nearest second as the race-day card writes it.
        var predicted = TimeSpan.FromSeconds(Math.Round(race.PredictedTime.TotalSeconds, MidpointRounding.AwayFromZero));
        var old = string.Create(CultureInfo.InvariantCulture,
            $"R39: Your goal needs a VDOT of {race.GoalVdot:0.0}, more than {2.0:0} above your current {race.Prediction.Vdot:0.0}: ambitious for the weeks available. Race-pace work uses your predicted pace ({predicted:h\\:mm\\:ss}); a new 5 km time during the block can move it.");
        using (Languages.Use(Languages.English))
        {
            Alerts(block).ShouldContain(old);
        }
    }

    [Fact]
    public void BlockPreview_InSpanish_WordsTheWarningsInSpanish()
    {
        var block = AmbitiousMarathon();

        using (Languages.Use(Languages.Spanish))
        {
            Alerts(block).ShouldContain(a => a.StartsWith("R39: Tu objetivo necesita un VDOT de ", StringComparison.Ordinal) && a.Contains("(3:34:43)", StringComparison.Ordinal));
            Alerts(block).ShouldContain("R28: No tienes zapatillas de correr registradas: añade un par amortiguado y un par minimalista para que el plan pueda alternarlos.");
        }
    }

    [Fact]
    public void DowngradeOffer_TwoTriggersInSpanish_JoinsTheirSentences()
    {
        var plan = BlockGenerator.Generate(new BlockRequest(Profile, Start, 4));
        var sprints = plan.Sessions.First(s => s.RunType == RunType.Interval);
        var proposal = ReadinessAdvisor.Propose(plan, [new RecoveryEntry(sprints.Date, 5.5, 8, 2, null, null, null)]).Single();

        using (Languages.Use(Languages.Spanish))
        {
            DowngradeOffer.From(Guid.NewGuid(), proposal, StaticLocalizers.For<WhyText>()).Reason
                .ShouldBe("Has dormido 5,5 h, menos de 6 h. Las agujetas en las piernas están en 8/10.");
        }
    }

    [Fact]
    public void DowngradeOffer_TwoTriggersInEnglish_ReadsAsBefore()
    {
        var plan = BlockGenerator.Generate(new BlockRequest(Profile, Start, 4));
        var sprints = plan.Sessions.First(s => s.RunType == RunType.Interval);
        var proposal = ReadinessAdvisor.Propose(plan, [new RecoveryEntry(sprints.Date, 5.5, 8, 2, null, null, null)]).Single();

        using (Languages.Use(Languages.English))
        {
            DowngradeOffer.From(Guid.NewGuid(), proposal, StaticLocalizers.For<WhyText>()).Reason.ShouldBe("You slept 5.5 h, under 6 h. Leg soreness is 8/10.");
        }
    }
}
