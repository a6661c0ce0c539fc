using HybridTrainer.Web.Common;
using System.Security.Claims;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Dashboard;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Tests.Features.Athletes;

/// <summary>A coach acts on a client's plan like the athlete; gym staff only look, without health data or notes; nobody else sees anything.</summary>
public class AthleteAccessTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly NextMonday => LocalDays.MondayOf(TestClock.Today.AddDays(7));

    [Fact]
    public async Task Coach_SeesAndMovesAClientsSession_AndIsRecordedAsTheChanger()
    {
        var (athlete, coach, _) = await ClientWithCoachAndStaffAsync();
        var session = (await new TestData(App).SessionsOfAsync(athlete)).First(s => s.Date >= NextMonday);

        var week = await Service<PlanService>().GetWeekAsync(coach, athlete, NextMonday, Ct);
        var moved = await Service<SessionMover>().MoveAsync(coach, session.Id, session.Date.AddDays(1), confirmed: true, Ct);

        week!.CanEdit.ShouldBeTrue();
        moved.Succeeded.ShouldBeTrue();
        await using var db = App.CreateDbContext();
        (await db.PlannedSessions.SingleAsync(s => s.Id == session.Id, Ct)).UpdatedByUserId.ShouldBe(UserId(coach));
    }

    [Fact]
    public async Task Coach_GeneratesAClientsBlock()
    {
        var (athlete, coach, _) = await ClientWithCoachAndStaffAsync();

        var saved = await Service<PlanService>().SaveAsync(coach, athlete, new GenerateBlockInput { StartDate = NextMonday.AddDays(14).ToDateTime(TimeOnly.MinValue), Weeks = 2 }, Ct);

        saved.Failure.ShouldBeNull();
        saved.Value!.SessionsSaved.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task GymStaff_SeeTheWeekReadOnly_WithoutTheCoachsNote()
    {
        var (athlete, _, staff) = await ClientWithCoachAndStaffAsync();
        var session = await NoteOnFirstSessionAsync(athlete);

        var week = await Service<PlanService>().GetWeekAsync(staff, athlete, session.Date, Ct);
        var detail = await Service<SessionJournal>().GetAsync(staff, session.Id, Ct);

        week!.CanEdit.ShouldBeFalse();
        week.Sessions.ShouldAllBe(s => s.Session.CoachNote == null);
        detail!.Session.CoachNote.ShouldBeNull();
        detail.CanLog.ShouldBeFalse();
    }

    [Fact]
    public async Task Athlete_SeesTheCoachsNote()
    {
        var (athlete, _, _) = await ClientWithCoachAndStaffAsync();
        var session = await NoteOnFirstSessionAsync(athlete);

        var detail = await Service<SessionJournal>().GetAsync(_athleteUser!, session.Id, Ct);

        detail!.Session.CoachNote.ShouldBe("Keep it conversational.");
    }

    [Fact]
    public async Task GymStaff_CannotMoveLogOrGenerate_AndAreAnsweredNotFound()
    {
        var (athlete, _, staff) = await ClientWithCoachAndStaffAsync();
        var session = (await new TestData(App).SessionsOfAsync(athlete)).First(s => s.Date >= NextMonday);

        (await Service<SessionMover>().MoveAsync(staff, session.Id, session.Date.AddDays(1), confirmed: true, Ct)).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
        (await Service<SessionJournal>().SaveAsync(staff, session.Id, new LogSessionInput { Rpe = 5, ActualDurationMinutes = 30 }, Ct)).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
        (await Service<PlanService>().SaveAsync(staff, athlete, new GenerateBlockInput { StartDate = NextMonday.ToDateTime(TimeOnly.MinValue), Weeks = 1 }, Ct)).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
    }

    [Fact]
    public async Task GymStaff_NeverSeeReadinessOrRecovery()
    {
        var (athlete, _, staff) = await ClientWithCoachAndStaffAsync();

        (await Service<DashboardService>().GetAsync(staff, athlete, Ct)).ShouldBeNull();
        (await Service<RecoveryCheckIn>().GetOfferAsync(staff, athlete, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Coach_SeesAClientsDashboard()
    {
        var (athlete, coach, _) = await ClientWithCoachAndStaffAsync();

        (await Service<DashboardService>().GetAsync(coach, athlete, Ct)).ShouldNotBeNull();
    }

    [Fact]
    public async Task AnotherCoach_AnotherGymsStaff_AndAnotherAthlete_SeeNothing()
    {
        var (athlete, _, _) = await ClientWithCoachAndStaffAsync();
        var data = new TestData(App);
        var otherCoach = await data.UserAsync(AppRoles.Coach);
        var otherStaff = await data.UserAsync(AppRoles.GymStaff);
        await data.GymAsync("Elsewhere", (otherStaff.Id, GymRole.Staff));
        var (otherAthlete, _, _) = await data.AthleteWithBlockAsync(NextMonday);
        var session = (await data.SessionsOfAsync(athlete)).First(s => s.Date >= NextMonday);

        foreach (var outsider in new[] { TestData.Principal(otherCoach.Id), TestData.Principal(otherStaff.Id), otherAthlete })
        {
            (await Service<PlanService>().GetWeekAsync(outsider, athlete, NextMonday, Ct)).ShouldBeNull();
            (await Service<SessionJournal>().GetAsync(outsider, session.Id, Ct)).ShouldBeNull();
            (await Service<SessionMover>().MoveAsync(outsider, session.Id, session.Date.AddDays(1), confirmed: true, Ct)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
            (await Service<DashboardService>().GetAsync(outsider, athlete, Ct)).ShouldBeNull();
        }
    }

    [Fact]
    public async Task Coach_WhoseLinkEnded_SeesNothing()
    {
        var data = new TestData(App);
        var (_, athlete, _) = await data.AthleteWithBlockAsync(NextMonday);
        var coach = await data.UserAsync(AppRoles.Coach);
        await data.LinkCoachAsync(coach.Id, athlete.Id, ended: true);

        (await Service<PlanService>().GetWeekAsync(TestData.Principal(coach.Id), athlete.Id, NextMonday, Ct)).ShouldBeNull();
    }

    private ClaimsPrincipal? _athleteUser;

    private async Task<(Guid Athlete, ClaimsPrincipal Coach, ClaimsPrincipal Staff)> ClientWithCoachAndStaffAsync()
    {
        var data = new TestData(App);
        var (user, athlete, _) = await data.AthleteWithBlockAsync(NextMonday, weeks: 2);
        _athleteUser = user;
        var coach = await data.UserAsync(AppRoles.Coach);
        var staff = await data.UserAsync(AppRoles.GymStaff);
        var gym = await data.GymAsync("Riverside", (staff.Id, GymRole.Staff));
        await data.LinkCoachAsync(coach.Id, athlete.Id);
        await using var db = App.CreateDbContext();
        await db.Athletes.Where(a => a.Id == athlete.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.GymId, gym.Id), Ct);
        return (athlete.Id, TestData.Principal(coach.Id), TestData.Principal(staff.Id));
    }

    private async Task<Data.Planning.PlannedSession> NoteOnFirstSessionAsync(Guid athleteId)
    {
        await using var db = App.CreateDbContext();
        var session = await db.PlannedSessions.Where(s => s.AthleteId == athleteId).OrderBy(s => s.Date).FirstAsync(Ct);
        session.CoachNote = "Keep it conversational.";
        await db.SaveChangesAsync(Ct);
        return session;
    }

    private T Service<T>()
        where T : notnull => App.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private static Guid UserId(ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
