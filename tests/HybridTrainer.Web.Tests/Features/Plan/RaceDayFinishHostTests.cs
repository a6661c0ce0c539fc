using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Dashboard;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Web.Tests.Features.Coach;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Plan;

/// <summary>
/// Every read that shows race day carries the block's exact predicted finish (R39): G's worked check is 3:34:42.6,
/// read 3:34:43, where the stored 5:05/km × 42.195 km would read 3:34:29.
/// </summary>
public class RaceDayFinishHostTests(HostFixture host) : CoachHostTest(host)
{
    private static readonly DateOnly MarathonDay = NextMonday.AddDays((15 * 7) + 6);

    [Fact]
    public async Task Week_RaceDay_CardShowsTheBlocksPrediction()
    {
        var (user, _) = await MarathonerAsync();

        var week = (await Service<PlanService>().GetWeekAsync(user, null, MarathonDay, Ct)).ShouldNotBeNull();

        var race = week.Sessions.Single(s => s.Session.RunType == RunType.Race).Session;
        SessionCardView.For(race, UnitSystem.Metric).RunLine.ShouldBe("Marathon · predicted 3:34:43 · even 5:05/km");
    }

    [Fact]
    public async Task SessionPage_Race_RaceDayCardShowsTheBlocksPrediction()
    {
        var (user, athlete) = await MarathonerAsync();

        var detail = (await Service<SessionJournal>().GetAsync(user, await RaceIdAsync(athlete.Id), Ct)).ShouldNotBeNull();

        var plan = RaceDayPlan.For(detail.Session.RunType, detail.Session.Prescription.Run, UnitSystem.Metric, detail.Session.RaceFinish).ShouldNotBeNull();
        (plan.PredictedClock, plan.Splits[^1].Clock).ShouldBe(("3:34:43", "3:34:43"));
    }

    [Fact]
    public async Task Dashboard_OnRaceDay_TodaysCardShowsTheBlocksPrediction()
    {
        var (user, athlete) = await MarathonerAsync();
        await using (var db = App.CreateDbContext())
        {
            // Race day brought to today, so the home page shows it.
            var raceId = await RaceIdAsync(athlete.Id);
            await db.PlannedSessions.Where(s => s.AthleteId == athlete.Id && s.Date == Today).ExecuteDeleteAsync(Ct);
            await db.PlannedSessions.Where(s => s.Id == raceId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Date, Today), Ct);
        }

        var home = (await Service<DashboardService>().GetAsync(user, null, Ct)).ShouldNotBeNull();

        var race = home.TodaysSessions.ShouldHaveSingleItem();
        SessionCardView.For(race, UnitSystem.Metric).RunLine.ShouldBe("Marathon · predicted 3:34:43 · even 5:05/km");
    }

    [Fact]
    public async Task Sheet_RaceWeek_PrintsTheBlocksPrediction()
    {
        var (coach, coachId) = await CoachAsync();
        var (_, athlete) = await ClientAsync(coachId, "Racer");
        (await Service<PlanService>().SaveAsync(coach, athlete.Id, Marathon(), Ct)).Failure.ShouldBeNull();

        var sheets = await Service<SheetService>().LoadAsync(coach, new SheetRequest(LocalDays.MondayOf(MarathonDay), [athlete.Id], false), Ct);

        var race = sheets.ShouldHaveSingleItem().Days.Single(d => d.Date == MarathonDay).Sessions.ShouldHaveSingleItem().Run.ShouldNotBeNull();
        race.MainSet.ShouldStartWith("Marathon · predicted 3:34:43 · even 5:05/km");
        race.Note.ShouldNotBeNull().ShouldContain("Finish (42.2 km) 3:34:43");
    }

    private static GenerateBlockInput Marathon() => new()
    {
        StartDate = NextMonday.ToDateTime(TimeOnly.MinValue),
        ForRace = true,
        Distance = RaceDistance.Marathon,
        RaceDate = MarathonDay.ToDateTime(TimeOnly.MinValue),
    };

    private async Task<(System.Security.Claims.ClaimsPrincipal User, Athlete Athlete)> MarathonerAsync()
    {
        var user = await Data.UserAsync(AppRoles.Athlete);
        var athlete = await Data.CompleteAthleteAsync(user.Id);
        var principal = Principal(user.Id, AppRoles.Athlete);
        (await Service<PlanService>().SaveAsync(principal, null, Marathon(), Ct)).Failure.ShouldBeNull();
        return (principal, athlete);
    }

    private async Task<Guid> RaceIdAsync(Guid athleteId)
    {
        await using var db = App.CreateDbContext();
        return await db.PlannedSessions.Where(s => s.AthleteId == athleteId && s.RunType == RunType.Race).Select(s => s.Id).SingleAsync(Ct);
    }
}
