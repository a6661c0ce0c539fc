using Bunit;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Profile;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HybridTrainer.Web.UnitTests.Localization;

/// <summary>The profile wizard's steps and their validators speak Spanish to a Spanish reader, numbers written the Spanish way.</summary>
public class ProfileInSpanishTests : MudTestContext
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    public ProfileInSpanishTests() => Services.AddSingleton<TimeProvider>(Clock);

    [Fact]
    public async Task BodyStep_WeightOutOfRangeInSpanish_ShowsTheSpanishMessageUnderTheSpanishLabel()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var step = Render<BodyStep>(ps => ps
                .Add(s => s.Input, new BodyStepInput { BodyWeight = 20m })
                .Add(s => s.UnitsChanged, EventCallback.Factory.Create<UnitSystem>(this, _ => { })));

            (await step.InvokeAsync(step.Instance.ValidateAsync)).ShouldBeFalse();

            ErrorUnder(step, "Peso corporal").ShouldBe("Introduce un peso corporal de 30–300 kg.");
            step.Markup.ShouldContain("Métrico: kg y km");
        }
    }

    [Fact]
    public void LiftsValidator_InSpanish_WritesTheRangeWithADecimalComma()
    {
        var input = new LiftsStepInput { Units = UnitSystem.Imperial };
        input.Lifts.ForEach(l => l.OneRepMax = 100m);
        input.Lifts[0].OneRepMax = 2000m;

        using (Languages.Use(Languages.Spanish))
        {
            new LiftsStepInputValidator(StaticLocalizers.For<ProfileText>()).Validate(input).Errors.Single().ErrorMessage
                .ShouldBe("Introduce un 1RM de 2,3–1102,3 lb.");
        }
    }

    [Fact]
    public void BodyValidator_InEnglish_KeepsTheEnglishMessage()
    {
        using (Languages.Use(Languages.English))
        {
            new BodyStepInputValidator(Clock, StaticLocalizers.For<ProfileText>()).Validate(new BodyStepInput { BodyWeight = 301m }).Errors.Single().ErrorMessage
                .ShouldBe("Enter a body weight of 30–300 kg.");
        }
    }

    [Fact]
    public async Task ScheduleStep_InSpanish_NamesTheWeekdaysAndSaysHowManyDaysAreNeeded()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var step = Render<ScheduleStep>(ps => ps.Add(s => s.Input, new ScheduleStepInput { AvailableDays = [DayOfWeek.Monday] }));

            (await step.InvokeAsync(step.Instance.ValidateAsync)).ShouldBeFalse();

            step.FindAll("label").Select(l => l.TextContent.Trim()).ShouldContain("Lunes");
            step.Find("[data-testid=days-error]").TextContent
                .ShouldBe("Elige al menos 3 días; el plan necesita espacio para carreras, pesas y descanso.");
        }
    }

    [Fact]
    public void ShoesStep_InSpanish_LabelsEachPairInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var step = Render<ShoesStep>(ps => ps.Add(s => s.Input, new ShoesStepInput { Shoes = [new() { Name = "Diaria" }] }));

            step.Markup.ShouldContain("Par 1: distancia ya recorrida");
            step.Markup.ShouldContain("Añadir un par minimalista");
        }
    }

    private static string ErrorUnder<T>(IRenderedComponent<T> step, string label) where T : IComponent
    {
        var field = step.FindAll(".mud-input-control")
            .Where(e => e.QuerySelector("label")?.TextContent.Trim() == label)
            .ShouldHaveSingleItem();
        return field.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";
    }
}
