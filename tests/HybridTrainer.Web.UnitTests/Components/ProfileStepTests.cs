using Bunit;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Profile;
using HybridTrainer.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HybridTrainer.Web.UnitTests.Components;

public class ProfileStepTests : MudTestContext
{
    public ProfileStepTests() =>
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task BodyStep_Validated_ShowsEachMessageUnderItsOwnField()
    {
        var step = Render<BodyStep>(ps => ps
            .Add(s => s.Input, new BodyStepInput { Units = UnitSystem.Imperial, BodyWeight = 40m, RestingHeartRate = 150 })
            .Add(s => s.UnitsChanged, EventCallback.Factory.Create<UnitSystem>(this, _ => { })));

        (await step.InvokeAsync(step.Instance.ValidateAsync)).ShouldBeFalse();

        ErrorUnder(step, "Body weight").ShouldBe("Enter a body weight of 67–661 lb.");
        ErrorUnder(step, "Resting heart rate (optional)").ShouldBe("Enter a resting heart rate from 30 to 120 beats a minute, or leave it empty.");
        ErrorUnder(step, "Birth year (optional)").ShouldBeEmpty();
    }

    [Fact]
    public async Task BodyStep_FixedValue_ClearsItsMessage()
    {
        var input = new BodyStepInput { BodyWeight = 20m };
        var step = Render<BodyStep>(ps => ps
            .Add(s => s.Input, input)
            .Add(s => s.UnitsChanged, EventCallback.Factory.Create<UnitSystem>(this, _ => { })));
        await step.InvokeAsync(step.Instance.ValidateAsync);

        step.Find("input[inputmode=decimal]").Input("72.5");

        step.WaitForAssertion(() => ErrorUnder(step, "Body weight").ShouldBeEmpty());
        input.BodyWeight.ShouldBe(72.5m);
        (await step.InvokeAsync(step.Instance.ValidateAsync)).ShouldBeTrue();
    }

    [Fact]
    public async Task LiftsStep_RepTestWithElevenReps_ShowsTheMessageUnderThatLiftsReps()
    {
        var input = new LiftsStepInput();
        input.Lifts.ForEach(l => l.OneRepMax = 100m);
        input.Lifts[2] = new LiftInput { Lift = MainLift.Deadlift, Kind = LiftTestKind.RepTest, Weight = 150m, Reps = 11 };
        var step = Render<LiftsStep>(ps => ps.Add(s => s.Input, input));

        (await step.InvokeAsync(step.Instance.ValidateAsync)).ShouldBeFalse();

        ErrorUnder(step, "Deadlift reps").ShouldBe("Enter 1 to 10 reps; estimates beyond 10 are unreliable.");
        ErrorUnder(step, "Deadlift test weight").ShouldBeEmpty();
        ErrorUnder(step, "Squat 1RM").ShouldBeEmpty();
    }

    [Fact]
    public async Task ScheduleStep_TwoDays_ShowsTheDaysMessageAndFollowsTheBoxes()
    {
        var input = new ScheduleStepInput { AvailableDays = [DayOfWeek.Monday, DayOfWeek.Thursday] };
        var step = Render<ScheduleStep>(ps => ps.Add(s => s.Input, input));

        (await step.InvokeAsync(step.Instance.ValidateAsync)).ShouldBeFalse();
        step.Find("[data-testid=days-error]").TextContent.ShouldBe("Pick at least 3 days; the plan needs room for runs, lifts and rest.");

        step.FindAll("input[type=checkbox]")[5].Change(true);

        step.WaitForAssertion(() => step.FindAll("[data-testid=days-error]").ShouldBeEmpty());
        input.OrderedDays().ShouldBe([DayOfWeek.Monday, DayOfWeek.Thursday, DayOfWeek.Saturday]);
    }

    [Fact]
    public async Task ShoesStep_UnnamedPair_ShowsTheMessageUnderThatPairsName()
    {
        var input = new ShoesStepInput { Shoes = [new() { Name = "Daily", Distance = 10m }, new() { Name = "", Distance = 0m }] };
        var step = Render<ShoesStep>(ps => ps.Add(s => s.Input, input));

        (await step.InvokeAsync(step.Instance.ValidateAsync)).ShouldBeFalse();

        ErrorUnder(step, "Pair 2 name").ShouldBe("Name the pair, for example \"Daily trainer\".");
        ErrorUnder(step, "Pair 1 name").ShouldBeEmpty();
    }

    private static string ErrorUnder<T>(IRenderedComponent<T> step, string label) where T : IComponent
    {
        var field = step.FindAll(".mud-input-control")
            .Where(e => e.QuerySelector("label")?.TextContent.Trim() == label)
            .ShouldHaveSingleItem();
        // The label and the input turn red too; the message is the helper line under the input.
        return field.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";
    }
}
