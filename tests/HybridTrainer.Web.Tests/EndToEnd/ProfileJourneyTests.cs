using System.Security.Claims;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Profile;
using HybridTrainer.Web.Tests.Features.Profile;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Goal = HybridTrainer.Domain.Athletes.Goal;
using ShoeKind = HybridTrainer.Domain.Athletes.ShoeKind;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class ProfileJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task Register_ThenFillEveryProfileStep_HomeSaysTheProfileIsSetUp()
    {
        await RegisterAsync("Pat Profile", "pat@example.test");
        await WaitUntilInteractiveAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Set up your profile" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Your profile" })).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Radiogroup, new() { Name = "Units (used everywhere in the app)" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Profile steps" })
            .GetByRole(AriaRole.Button, new() { Name = "1. Body and units" })).ToHaveAttributeAsync("aria-current", "step");
        await Page.GetByLabel("Body weight").FillAsync("20");
        await NextAsync();
        await Assertions.Expect(Page.GetByText("Enter a body weight of 30–300 kg.")).ToBeVisibleAsync();
        await Page.GetByLabel("Body weight").FillAsync("72.5");
        await Page.GetByLabel("Birth year (optional)").FillAsync("1990");
        await NextAsync();

        // Step 2 by keyboard only: the new step's heading has focus, and Tab walks the fields, Back, then Next.
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Step 2 of 5: Running" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Page.GetByLabel("Weeks of consistent running")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("20");
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Page.GetByLabel("Recent 5 km time (optional)")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("24:30");
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Back" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await ExpectStepAsync("Step 3 of 5: Lifts");
        await Page.GetByLabel("Squat 1RM").FillAsync("140");
        await Page.GetByText("Bench press: weight × reps").ClickAsync();
        await Page.GetByLabel("Bench press test weight").FillAsync("80");
        await Page.GetByLabel("Bench press reps").FillAsync("5");
        await Page.GetByLabel("Deadlift 1RM").FillAsync("180");
        await Page.GetByLabel("Overhead press 1RM").FillAsync("55");
        await NextAsync();

        await ExpectStepAsync("Step 4 of 5: Days and goal");
        foreach (var day in new[] { "Monday", "Wednesday", "Friday", "Saturday" })
        {
            await Page.GetByLabel(day, new() { Exact = true }).CheckAsync();
        }

        await Page.GetByText("Run better, keep the strength").ClickAsync();
        await NextAsync();

        await ExpectStepAsync("Step 5 of 5: Shoes");
        await Page.GetByLabel("Pair 1 distance already run").FillAsync("120");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        await Assertions.Expect(Page.GetByTestId("profile-saved")).ToContainTextAsync("Your profile is saved.");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Back home" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("athlete-home")).ToContainTextAsync("Your profile is set up.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Edit profile" })).ToBeVisibleAsync();

        var athlete = await StoredAsync();
        (athlete.BodyWeightKg, athlete.BirthYear, athlete.RunningBaseWeeks, athlete.FiveKmTime).ShouldBe((72.5m, 1990, 20, new TimeSpan(0, 24, 30)));
        athlete.AvailableDays.ShouldBe([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday]);
        athlete.Goal.ShouldBe(Goal.RunStronger);
        athlete.LiftMaxes.Single(l => l.Lift == MainLift.BenchPress).TestReps.ShouldBe(5);
        athlete.Shoes.OrderBy(s => s.Kind).Select(s => (s.Kind, s.Kilometres)).ShouldBe([(ShoeKind.Cushioned, 120m), (ShoeKind.Minimalist, 0m)]);
    }

    [Fact]
    public async Task EditProfile_SwitchToImperial_ConvertsWhatIsShownAndStoresKilos()
    {
        var (email, _) = await CompleteMetricProfileAsync();
        await LogInAsync(email, TestData.Password);
        await WaitUntilInteractiveAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit profile" }).ClickAsync();
        await WaitUntilInteractiveAsync();
        await Assertions.Expect(Page.GetByLabel("Body weight")).ToHaveValueAsync("180");

        await Page.GetByText("Imperial: lb and mi").ClickAsync();

        await Assertions.Expect(Page.GetByLabel("Body weight")).ToHaveValueAsync("397");
        await Page.GetByRole(AriaRole.Button, new() { Name = "5. Shoes" }).ClickAsync();
        await Assertions.Expect(Page.GetByLabel("Pair 1 distance already run")).ToHaveValueAsync("99.4");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("profile-saved")).ToContainTextAsync("shown to you in lb and mi");

        var athlete = await StoredAsync();
        (athlete.Units, athlete.BodyWeightKg).ShouldBe((UnitSystem.Imperial, 180.1m));
        athlete.Shoes.Single(s => s.Name == "Daily trainer").Kilometres.ShouldBe(160m);
    }

    [Fact]
    public async Task SaveProfile_ChangedElsewhereMeanwhile_SaysSoAndKeepsWhatWasTyped()
    {
        var (email, principal) = await CompleteMetricProfileAsync();
        await LogInAsync(email, TestData.Password);
        await Page.GotoAsync("/profile");
        await WaitUntilInteractiveAsync();
        await Page.GetByLabel("Body weight").FillAsync("95");

        // Another tab saves first.
        var elsewhere = await ProfilesAsync(p => p.LoadAsync(principal, TestContext.Current.CancellationToken));
        elsewhere!.Body.BodyWeight = 100m;
        (await ProfilesAsync(p => p.SaveAsync(principal, elsewhere, TestContext.Current.CancellationToken))).Succeeded.ShouldBeTrue();
        await Page.GetByRole(AriaRole.Button, new() { Name = "5. Shoes" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        await Assertions.Expect(Page.GetByTestId("profile-conflict")).ToContainTextAsync("changed elsewhere");
        await Page.GetByRole(AriaRole.Button, new() { Name = "1. Body and units" }).ClickAsync();
        await Assertions.Expect(Page.GetByLabel("Body weight")).ToHaveValueAsync("95");
        (await StoredAsync()).BodyWeightKg.ShouldBe(100m);
    }

    private async Task<(string Email, ClaimsPrincipal Principal)> CompleteMetricProfileAsync()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        await data.AthleteAsync("Robin Runner", user.Id);
        var principal = ProfileHostTest.Principal(user.Id, AppRoles.Athlete);
        var draft = ProfileHostTest.Draft((await ProfilesAsync(p => p.LoadAsync(principal, TestContext.Current.CancellationToken)))!, UnitSystem.Metric);
        (await ProfilesAsync(p => p.SaveAsync(principal, draft, TestContext.Current.CancellationToken))).Succeeded.ShouldBeTrue();
        return (user.Email!, principal);
    }

    private async Task<T> ProfilesAsync<T>(Func<ProfileService, Task<T>> call)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<ProfileService>());
    }

    private async Task<Athlete> StoredAsync()
    {
        await using var db = App.CreateDbContext();
        return await db.Athletes.AsNoTracking().Include(a => a.LiftMaxes).Include(a => a.Shoes).SingleAsync(TestContext.Current.CancellationToken);
    }

    private Task WaitUntilInteractiveAsync() => Page.Locator("[data-interactive=\"true\"]").WaitForAsync();

    private async Task RegisterAsync(string name, string email)
    {
        await Page.GotoAsync("/account/register");
        await Page.GetByLabel("Your name").FillAsync(name);
        await Page.GetByLabel("E-mail").FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestData.Password);
        await Page.GetByLabel("Password again").FillAsync(TestData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("athlete-home")).ToContainTextAsync("Set up your profile");
    }

    private Task NextAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).ClickAsync();

    private Task ExpectStepAsync(string heading) =>
        Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
}
