using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Dashboard;
using HybridTrainer.Web.Features.Progress;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Progress;

public class BodyLogTests(HostFixture host) : HostTest(host)
{
    private static readonly DateOnly ThisMonday = LocalDays.MondayOf(TestClock.Today);

    [Fact]
    public async Task Save_TwiceOnOneDay_TheSecondReplacesTheFirst()
    {
        var (user, athlete, _) = await new TestData(App).AthleteWithBlockAsync(ThisMonday);

        (await Log.SaveAsync(user, null, new BodyLogInput { Weight = 82.4m, Waist = 84 }, Ct)).Failure.ShouldBeNull();
        (await Log.SaveAsync(user, null, new BodyLogInput { Weight = 81.9m }, Ct)).Failure.ShouldBeNull();

        await using var db = App.CreateDbContext();
        var entries = await db.BodyMeasurements.Where(m => m.AthleteId == athlete.Id).ToListAsync(Ct);
        entries.Count.ShouldBe(1);
        (entries[0].Date, entries[0].WeightKg, entries[0].WaistCm).ShouldBe((TestClock.Today, 81.9m, (decimal?)null));
    }

    [Fact]
    public async Task Save_ImplausibleNumbers_FieldMessagesAndTheEarlierEntryKept()
    {
        var (user, athlete, _) = await new TestData(App).AthleteWithBlockAsync(ThisMonday);
        await Log.SaveAsync(user, null, new BodyLogInput { Weight = 82m }, Ct);

        var result = await Log.SaveAsync(user, null, new BodyLogInput { Weight = 820m, UpperArm = 3 }, Ct);

        result.Failure!.Kind.ShouldBe(FailureKind.Invalid);
        result.Failure.FieldErrors!["Weight"].ShouldBe(["Body weight must be 30–300 kg."]);
        result.Failure.FieldErrors["UpperArm"].ShouldBe(["Upper arm is between 15 and 70 cm."]);
        await using var db = App.CreateDbContext();
        (await db.BodyMeasurements.SingleAsync(m => m.AthleteId == athlete.Id, Ct)).WeightKg.ShouldBe(82m);
    }

    [Fact]
    public async Task Save_NoWeight_AsksForIt()
    {
        var (user, _, _) = await new TestData(App).AthleteWithBlockAsync(ThisMonday);

        (await Log.SaveAsync(user, null, new BodyLogInput { Chest = 100 }, Ct)).Failure!.FieldErrors!["Weight"].ShouldBe(["Enter your body weight."]);
    }

    [Fact]
    public async Task Save_ByTheAthletesCoach_IsAllowed_ByGymStaff_IsRefused()
    {
        var data = new TestData(App);
        var (_, athlete, _) = await data.AthleteWithBlockAsync(ThisMonday);
        var coach = await data.UserAsync(AppRoles.Coach);
        await data.LinkCoachAsync(coach.Id, athlete.Id);
        var staff = await data.UserAsync(AppRoles.GymStaff);
        var gym = await data.GymAsync("Iron Works", (staff.Id, GymRole.Staff));
        await using (var db = App.CreateDbContext())
        {
            await db.Athletes.Where(a => a.Id == athlete.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.GymId, gym.Id), Ct);
        }

        (await Log.SaveAsync(TestData.Principal(coach.Id), athlete.Id, new BodyLogInput { Weight = 80m }, Ct)).Failure.ShouldBeNull();
        (await Log.SaveAsync(TestData.Principal(staff.Id), athlete.Id, new BodyLogInput { Weight = 70m }, Ct)).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
        await using var check = App.CreateDbContext();
        (await check.BodyMeasurements.SingleAsync(m => m.AthleteId == athlete.Id, Ct)).WeightKg.ShouldBe(80m);
    }

    [Fact]
    public async Task Dashboard_ProteinTarget_FollowsTheLatestWeighIn()
    {
        var (user, _, _) = await new TestData(App).AthleteWithBlockAsync(ThisMonday);
        await Log.SaveAsync(user, null, new BodyLogInput { Weight = 90m }, Ct);

        var view = await App.Services.CreateScope().ServiceProvider.GetRequiredService<DashboardService>().GetAsync(user, null, Ct);

        // R25: 1.6 × 90 kg = 144 g (the profile's 82 kg would give 131 g).
        view!.Protein.DailyGrams.ShouldBe(144);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private BodyLog Log => App.Services.CreateScope().ServiceProvider.GetRequiredService<BodyLog>();
}
