using HybridTrainer.Web.Common;
using System.Security.Claims;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Journal;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Plan;

public class PlanServiceTests(HostFixture host) : HostTest(host)
{
    private static readonly DateTime NextMonday = LocalDays.MondayOf(TestClock.Today.AddDays(7)).ToDateTime(TimeOnly.MinValue);

    [Fact]
    public async Task Save_CompleteProfile_StoresEveryGeneratedSessionAsARow()
    {
        var (user, athleteId) = await AthleteAsync();
        var input = new GenerateBlockInput { StartDate = NextMonday, Weeks = 4 };
        var preview = await Service.PreviewAsync(user, null, input, TestContext.Current.CancellationToken);

        var saved = await Service.SaveAsync(user, null, input, TestContext.Current.CancellationToken);

        saved.Failure.ShouldBeNull();
        await using var db = App.CreateDbContext();
        var rows = await db.PlannedSessions.Where(s => s.AthleteId == athleteId).OrderBy(s => s.Date).ToListAsync(TestContext.Current.CancellationToken);
        rows.Select(r => r.Date).ShouldBe(preview.Value!.Sessions.Select(s => s.Date));
        rows.ShouldAllBe(r => r.Prescription.Why.Count > 0);
        (await db.TrainingBlocks.SingleAsync(TestContext.Current.CancellationToken)).Snapshot.ProteinGramsPerDay.ShouldBe(131);
    }

    [Fact]
    public async Task Save_StoredSessionsMapBackToTheSameEngineSessions()
    {
        var (user, athleteId) = await AthleteAsync();
        var input = new GenerateBlockInput { StartDate = NextMonday, Weeks = 2 };
        var preview = await Service.PreviewAsync(user, null, input, TestContext.Current.CancellationToken);

        await Service.SaveAsync(user, null, input, TestContext.Current.CancellationToken);

        await using var db = App.CreateDbContext();
        var stored = await db.PlannedSessions.Where(s => s.AthleteId == athleteId).OrderBy(s => s.Date).ToListAsync(TestContext.Current.CancellationToken);
        var first = HybridTrainer.Data.Planning.PlannedSessionMapping.ToDomain(stored[0]);
        var expected = preview.Value!.Sessions.First();
        first.Date.ShouldBe(expected.Date);
        first.Why.ShouldBe(expected.Why);
        first.Exercises.SelectMany(e => e.Sets).Select(s => s.WeightKg).ShouldBe(expected.Exercises.SelectMany(e => e.Sets).Select(s => s.WeightKg));
        first.LoadAu.ShouldBe(expected.LoadAu);
    }

    [Fact]
    public async Task Save_Again_ReplacesUnloggedSessionsButNeverALoggedOne()
    {
        var (user, athleteId) = await AthleteAsync();
        var input = new GenerateBlockInput { StartDate = NextMonday, Weeks = 2 };
        await Service.SaveAsync(user, null, input, TestContext.Current.CancellationToken);
        Guid loggedId;
        await using (var db = App.CreateDbContext())
        {
            var first = await db.PlannedSessions.Where(s => s.AthleteId == athleteId).OrderBy(s => s.Date).FirstAsync(TestContext.Current.CancellationToken);
            loggedId = first.Id;
            db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = first.Id, AthleteId = athleteId, Completed = true, LoggedAt = TestClock.Start });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var again = await Service.SaveAsync(user, null, input, TestContext.Current.CancellationToken);

        again.Value!.DatesKeptForLoggedSessions.ShouldBe(1);
        await using var check = App.CreateDbContext();
        var sessions = await check.PlannedSessions.Where(s => s.AthleteId == athleteId).ToListAsync(TestContext.Current.CancellationToken);
        sessions.ShouldContain(s => s.Id == loggedId);
        sessions.GroupBy(s => s.Date).ShouldAllBe(g => g.Count() == 1);
    }

    [Fact]
    public async Task Preview_NextBlockAfterALoggedDeloadWeek_RaisesTheTrainingMaxes()
    {
        var (user, athleteId) = await AthleteAsync();
        var first = DateOnly.FromDateTime(NextMonday);
        await Service.SaveAsync(user, null, new GenerateBlockInput { StartDate = NextMonday, Weeks = 4 }, TestContext.Current.CancellationToken);
        var next = new GenerateBlockInput { StartDate = NextMonday.AddDays(28), Weeks = 4 };
        var withoutLogs = await Service.PreviewAsync(user, null, next, TestContext.Current.CancellationToken);
        await using (var db = App.CreateDbContext())
        {
            var deloadDay = await db.PlannedSessions.Where(s => s.AthleteId == athleteId && s.Date >= first.AddDays(21)).OrderBy(s => s.Date).FirstAsync(TestContext.Current.CancellationToken);
            db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = deloadDay.Id, AthleteId = athleteId, Completed = true, ActualDurationMinutes = 40, Rpe = 4, LoggedAt = TestClock.Start });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var afterLogs = await Service.PreviewAsync(user, null, next, TestContext.Current.CancellationToken);

        withoutLogs.Value!.TrainingMaxes.Squat.ShouldBe(126m);
        afterLogs.Value!.TrainingMaxes.Squat.ShouldBe(131m);
        afterLogs.Value.TrainingMaxes.BenchPress.ShouldBe(92.5m);
    }

    [Fact]
    public async Task Preview_IncompleteProfile_AsksToFinishItFirst()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        await data.AthleteAsync("New athlete", user.Id);

        var result = await Service.PreviewAsync(Principal(user.Id), null, new GenerateBlockInput { StartDate = NextMonday }, TestContext.Current.CancellationToken);

        result.Value.ShouldBeNull();
        result.Failure.ShouldBe(Failure.ProfileIncomplete(PlanMessages.ProfileIncomplete));
    }

    [Fact]
    public async Task GetWeek_AnotherAthletesPlan_IsNeverShown()
    {
        var (owner, _) = await AthleteAsync();
        await Service.SaveAsync(owner, null, new GenerateBlockInput { StartDate = NextMonday, Weeks = 1 }, TestContext.Current.CancellationToken);
        var (other, _) = await AthleteAsync();

        var week = await Service.GetWeekAsync(other, null, DateOnly.FromDateTime(NextMonday), TestContext.Current.CancellationToken);

        week!.Sessions.ShouldBeEmpty();
        (await Service.GetWeekAsync(owner, null, DateOnly.FromDateTime(NextMonday), TestContext.Current.CancellationToken))!.Sessions.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task GetWeek_CoachWithoutAnAthleteProfile_GetsNothing()
    {
        var coach = await new TestData(App).UserAsync(AppRoles.Coach);

        var week = await Service.GetWeekAsync(Principal(coach.Id), null, DateOnly.FromDateTime(NextMonday), TestContext.Current.CancellationToken);

        week.ShouldBeNull();
    }

    [Fact]
    public void Validator_StartInThePastOrSeventeenWeeks_GivesBothMessages()
    {
        var validator = App.Services.GetRequiredService<FluentValidation.IValidator<GenerateBlockInput>>();

        var result = validator.Validate(new GenerateBlockInput { StartDate = TestClock.Start.UtcDateTime.AddDays(-2), Weeks = 17 });

        result.Errors.Select(e => e.PropertyName).ShouldBe(["StartDate", "Weeks"], ignoreOrder: true);
    }

    private PlanService Service => App.Services.CreateScope().ServiceProvider.GetRequiredService<PlanService>();

    private async Task<(ClaimsPrincipal User, Guid AthleteId)> AthleteAsync()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        var athlete = await data.CompleteAthleteAsync(user.Id);
        return (Principal(user.Id), athlete.Id);
    }

    private static ClaimsPrincipal Principal(Guid userId) => TestData.Principal(userId);
}
