using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Journal;
using HybridTrainer.Web.Features.Dashboard;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Dashboard;

public class DashboardServiceTests(HostFixture host) : HostTest(host)
{
    private static readonly DateOnly ThisMonday = LocalDays.MondayOf(TestClock.Today);

    [Fact]
    public async Task Get_OneSessionLogged_ShowsComplianceProteinAndThisWeeksLoad()
    {
        var data = new TestData(App);
        var (user, athlete, _) = await data.AthleteWithBlockAsync(ThisMonday);
        var first = (await data.SessionsOfAsync(athlete.Id))[0];
        await using (var db = App.CreateDbContext())
        {
            db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = first.Id, AthleteId = athlete.Id, Completed = true, ActualDurationMinutes = 60, Rpe = 7, LoggedAt = TestClock.Start });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var view = await Dashboard.GetAsync(user, null, TestContext.Current.CancellationToken);

        view.ShouldNotBeNull();
        (view.DoneThisWeek, view.PlannedThisWeek).ShouldBe((1, 6));
        view.Protein.DailyGrams.ShouldBe(131);
        view.Readiness.ShouldBeNull();
        view.Loads.Count.ShouldBe(DashboardService.ChartWeeks);
        view.Loads[^1].Monday.ShouldBe(ThisMonday);
        view.Loads[^1].Total.ShouldBe(420);
        view.Loads[^1].Acwr.ShouldBeNull();
    }

    [Fact]
    public async Task Get_FourWeeksOfLoggedLoad_GivesTheCoupledAcwr()
    {
        var data = new TestData(App);
        var (user, athlete, _) = await data.AthleteWithBlockAsync(ThisMonday.AddDays(-21), 4);
        var sessions = await data.SessionsOfAsync(athlete.Id);
        await using (var db = App.CreateDbContext())
        {
            // One 60-minute RPE-5 session (300 AU) in each of the three earlier weeks, two this week (600 AU).
            var logged = Enumerable.Range(0, 3).Select(w => sessions.First(s => s.Date >= ThisMonday.AddDays(-21 + 7 * w)))
                .Concat(sessions.Where(s => s.Date >= ThisMonday).Take(2));
            foreach (var session in logged)
            {
                db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = session.Id, AthleteId = athlete.Id, Completed = true, ActualDurationMinutes = 60, Rpe = 5, LoggedAt = TestClock.Start });
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var view = await Dashboard.GetAsync(user, null, TestContext.Current.CancellationToken);

        view!.Loads[^1].Total.ShouldBe(600);
        view.Loads[^1].Acwr!.Value.ShouldBe(600 / ((300 * 3 + 600) / 4.0), 0.0001);
    }

    [Fact]
    public async Task Get_CoachWithoutAProfile_GetsNothing()
    {
        var coach = await new TestData(App).UserAsync(AppRoles.Coach);

        (await Dashboard.GetAsync(TestData.Principal(coach.Id), null, TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    private DashboardService Dashboard => App.Services.CreateScope().ServiceProvider.GetRequiredService<DashboardService>();
}
