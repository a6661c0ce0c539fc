using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Profile;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Goal = HybridTrainer.Domain.Athletes.Goal;
using ShoeKind = HybridTrainer.Domain.Athletes.ShoeKind;
using HybridTrainer.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace HybridTrainer.Web.Tests.Features.Profile;

public class ProfileServiceTests(HostFixture host) : ProfileHostTest(host)
{
    [Fact]
    public async Task Save_ImperialProfile_StoresMetricAndLoadsBackAsTyped()
    {
        var (user, athlete) = await AthleteWithLoginAsync();

        var saved = await SaveAsync(user, Draft(await LoadAsync(user), UnitSystem.Imperial));

        saved.Succeeded.ShouldBeTrue();
        var row = await RowAsync(athlete.Id);
        row.Units.ShouldBe(UnitSystem.Imperial);
        row.BodyWeightKg.ShouldBe(81.6m);
        (row.BirthYear, row.RestingHeartRate, row.RunningBaseWeeks).ShouldBe((1990, 52, 30));
        row.FiveKmTime.ShouldBe(new TimeSpan(0, 24, 30));
        row.AvailableDays.ShouldBe([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Sunday]);
        row.Goal.ShouldBe(Goal.RunStronger);
        row.Version.ShouldBe(saved.Value!.Version);
        var squat = row.LiftMaxes.Single(l => l.Lift == MainLift.Squat);
        (squat.OneRepMaxKg, squat.TestWeightKg, squat.TestReps).ShouldBe((102.06m, null, null));
        var bench = row.LiftMaxes.Single(l => l.Lift == MainLift.BenchPress);
        (bench.OneRepMaxKg, bench.TestWeightKg, bench.TestReps).ShouldBe((null, 79.38m, 5));
        row.Shoes.OrderBy(s => s.Name).Select(s => (s.Name, s.Kind, s.Kilometres))
            .ShouldBe([("Daily trainer", ShoeKind.Cushioned, 160.9m), ("Flats", ShoeKind.Minimalist, 0m)]);

        var loaded = await LoadAsync(user);
        loaded.Body.BodyWeight.ShouldBe(180m);
        loaded.Running.FiveKmTime.ShouldBe("24:30");
        loaded.Lifts.Lifts[0].OneRepMax.ShouldBe(225m);
        (loaded.Lifts.Lifts[1].Kind, loaded.Lifts.Lifts[1].Weight, loaded.Lifts.Lifts[1].Reps).ShouldBe((LiftTestKind.RepTest, 175m, 5));
        loaded.Shoes.Shoes.Single(s => s.Name == "Daily trainer").Distance.ShouldBe(100m);
        loaded.Version.ShouldBe(saved.Value!.Version);
    }

    [Fact]
    public async Task Save_AgainWithPairsChanged_ReplacesShoesAndLiftsKeepingTheKeptPairsId()
    {
        var (user, athlete) = await AthleteWithLoginAsync();
        await SaveAsync(user, Draft(await LoadAsync(user), UnitSystem.Metric));
        var draft = await LoadAsync(user);
        var kept = draft.Shoes.Shoes.Single(s => s.Name == "Daily trainer");
        draft.Shoes.Shoes = [kept, new ShoeInput { Name = "Race flats", Kind = ShoeKind.Minimalist, Distance = 12m }];
        kept.Distance = 200m;
        draft.Lifts.Lifts[1] = new LiftInput { Lift = MainLift.BenchPress, OneRepMax = 95m };

        (await SaveAsync(user, draft)).Succeeded.ShouldBeTrue();

        var row = await RowAsync(athlete.Id);
        row.Shoes.Where(s => s.RetiredOn is null).OrderBy(s => s.Name).Select(s => (s.Name, s.Kilometres))
            .ShouldBe([("Daily trainer", 200m), ("Race flats", 12m)]);
        row.Shoes.Single(s => s.Name == "Daily trainer").Id.ShouldBe(kept.Id!.Value);
        row.LiftMaxes.Count.ShouldBe(4);
        var bench = row.LiftMaxes.Single(l => l.Lift == MainLift.BenchPress);
        (bench.OneRepMaxKg, bench.TestWeightKg, bench.TestReps).ShouldBe((95m, null, null));
    }

    [Fact]
    public async Task Save_UsesTheClockForUpdatedAtAndMeasuredOn()
    {
        var (user, athlete) = await AthleteWithLoginAsync();
        var now = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
        await using var scope = App.Services.CreateAsyncScope();
        var profiles = ActivatorUtilities.CreateInstance<ProfileService>(scope.ServiceProvider, new FakeTimeProvider(now));

        (await profiles.SaveAsync(user, Draft((await profiles.LoadAsync(user, Ct))!, UnitSystem.Metric), Ct)).Succeeded.ShouldBeTrue();

        var row = await RowAsync(athlete.Id);
        row.UpdatedAt.ShouldBe(now);
        row.LiftMaxes.ShouldAllBe(l => l.MeasuredOn == new DateOnly(2026, 3, 4));
    }

    [Fact]
    public async Task Save_WithAPairTakenOffTheList_RetiresItInsteadOfDeletingIt()
    {
        var (user, athlete) = await AthleteWithLoginAsync();
        await SaveAsync(user, Draft(await LoadAsync(user), UnitSystem.Metric));
        var draft = await LoadAsync(user);
        var dropped = draft.Shoes.Shoes.Single(s => s.Name == "Flats");
        draft.Shoes.Shoes.Remove(dropped);

        (await SaveAsync(user, draft)).Succeeded.ShouldBeTrue();

        var row = await RowAsync(athlete.Id);
        row.Shoes.Single(s => s.Id == dropped.Id).RetiredOn.ShouldNotBeNull();
        (await LoadAsync(user)).Shoes.Shoes.Select(s => s.Name).ShouldBe(["Daily trainer"]);
    }

    [Fact]
    public async Task Save_NeverTouchesAnotherAthletesRowEvenGivenTheirShoeId()
    {
        var data = new TestData(App);
        var (user, mine) = await AthleteWithLoginAsync();
        var other = await data.AthleteAsync("Other", (await data.UserAsync(AppRoles.Athlete)).Id);
        var theirShoe = new Shoe { Id = Guid.NewGuid(), AthleteId = other.Id, Name = "Their pair", Kilometres = 42m, CreatedAt = TestClock.Start };
        await using (var db = App.CreateDbContext())
        {
            db.Shoes.Add(theirShoe);
            await db.SaveChangesAsync(Ct);
        }

        var before = await RowAsync(other.Id);
        var draft = Draft(await LoadAsync(user), UnitSystem.Metric);
        draft.Shoes.Shoes = [new ShoeInput { Id = theirShoe.Id, Name = "Renamed", Distance = 1m }];

        (await SaveAsync(user, draft)).Succeeded.ShouldBeTrue();

        var after = await RowAsync(other.Id);
        (after.BodyWeightKg, after.UpdatedAt, after.Version, after.LiftMaxes.Count).ShouldBe((null, before.UpdatedAt, before.Version, 0));
        after.Shoes.Single().ShouldSatisfyAllConditions(s => s.Name.ShouldBe("Their pair"), s => s.Kilometres.ShouldBe(42m));
        var myShoe = (await RowAsync(mine.Id)).Shoes.Single();
        (myShoe.Name, myShoe.Id == theirShoe.Id).ShouldBe(("Renamed", false));
    }
}
