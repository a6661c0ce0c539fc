using HybridTrainer.Web.Common;
using System.Security.Claims;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Profile;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Profile;

public class ProfileServiceSafetyTests(HostFixture host) : ProfileHostTest(host)
{
    [Theory]
    [InlineData(AppRoles.Coach)]
    [InlineData(AppRoles.GymStaff)]
    public async Task LoadAndSave_NotAnAthlete_AreNotFoundAndChangeNothing(string role)
    {
        var (athleteUser, athlete) = await AthleteWithLoginAsync();
        var draft = Draft(await LoadAsync(athleteUser), UnitSystem.Metric);
        // Even carrying the athlete's own user id, a principal without the athlete role is refused.
        var impostor = Principal(Guid.Parse(athleteUser.FindFirstValue(ClaimTypes.NameIdentifier)!), role);
        await using var scope = App.Services.CreateAsyncScope();
        var profiles = scope.ServiceProvider.GetRequiredService<ProfileService>();

        (await profiles.LoadAsync(impostor, Ct)).ShouldBeNull();
        (await profiles.SaveAsync(impostor, draft, Ct)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await RowAsync(athlete.Id)).BodyWeightKg.ShouldBeNull();
    }

    [Fact]
    public async Task LoadAndSave_AthleteWithoutAProfileRow_AreNotFound()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        var principal = Principal(user.Id, AppRoles.Athlete);
        await using var scope = App.Services.CreateAsyncScope();
        var profiles = scope.ServiceProvider.GetRequiredService<ProfileService>();

        (await profiles.LoadAsync(principal, Ct)).ShouldBeNull();
        (await profiles.SaveAsync(principal, Draft(new ProfileDraft(), UnitSystem.Metric), Ct)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
    }

    [Fact]
    public async Task Save_StaleVersion_IsRefusedWithTheReloadMessageAndKeepsTheNewerSave()
    {
        var (user, athlete) = await AthleteWithLoginAsync();
        var firstTab = Draft(await LoadAsync(user), UnitSystem.Metric);
        var secondTab = Draft(await LoadAsync(user), UnitSystem.Metric);
        secondTab.Body.BodyWeight = 90m;
        (await SaveAsync(user, secondTab)).Succeeded.ShouldBeTrue();
        var stored = await RowAsync(athlete.Id);
        firstTab.Body.BodyWeight = 60m;

        var result = await SaveAsync(user, firstTab);

        result.Failure!.Kind.ShouldBe(FailureKind.Stale);
        result.Failure!.Messages.ShouldHaveSingleItem().ShouldContain("changed elsewhere");
        result.Failure!.Messages[0].ShouldContain("reload");
        firstTab.Body.BodyWeight.ShouldBe(60m);
        var row = await RowAsync(athlete.Id);
        (row.BodyWeightKg, row.Version, row.UpdatedAt, row.Shoes.Count).ShouldBe((90m, stored.Version, stored.UpdatedAt, stored.Shoes.Count));
    }

    [Fact]
    public async Task Save_InvalidDraft_IsRefusedAndTheSavedProfileStays()
    {
        var (user, athlete) = await AthleteWithLoginAsync();
        await SaveAsync(user, Draft(await LoadAsync(user), UnitSystem.Metric));
        var draft = await LoadAsync(user);
        draft.Body.BodyWeight = 12m;
        draft.Schedule.AvailableDays = [DayOfWeek.Monday];

        var result = await SaveAsync(user, draft);

        result.Failure!.Kind.ShouldBe(FailureKind.Invalid);
        result.Failure!.Messages.ShouldBe(["Body: Enter a body weight of 30–300 kg.", "Days and goal: Pick at least 3 days; the plan needs room for runs, lifts and rest."]);
        var row = await RowAsync(athlete.Id);
        (row.BodyWeightKg, row.AvailableDays.Count).ShouldBe((180m, 4));
    }
}
