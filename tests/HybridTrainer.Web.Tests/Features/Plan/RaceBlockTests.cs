using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Journal;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Tests.Features.Coach;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Plan;

/// <summary>Race blocks through the plan service: stored with their race, read back, regenerated, refused, counted down.</summary>
public class RaceBlockTests(HostFixture host) : CoachHostTest(host)
{
    private static readonly DateOnly MarathonDay = NextMonday.AddDays((15 * 7) + 6);

    private static GenerateBlockInput Marathon(DateOnly start, DateOnly? raceDay = null, string? goal = null) => new()
    {
        StartDate = start.ToDateTime(TimeOnly.MinValue),
        ForRace = true,
        Distance = RaceDistance.Marathon,
        RaceDate = (raceDay ?? MarathonDay).ToDateTime(TimeOnly.MinValue),
        GoalTime = goal,
    };

    [Fact]
    public async Task Save_RaceBlock_StoresTheRaceAndPhasesAndReadsThemBack()
    {
        var (user, athlete) = await AthleteAsync();

        var saved = await Service<PlanService>().SaveAsync(user, null, Marathon(NextMonday, goal: "3:40:00"), Ct);

        saved.Failure.ShouldBeNull();
        await using var db = App.CreateDbContext();
        var block = await db.TrainingBlocks.SingleAsync(b => b.AthleteId == athlete.Id, Ct);
        (block.Weeks, block.RaceDistance, block.RaceDate, block.RaceGoalTime).ShouldBe((16, RaceDistance.Marathon, MarathonDay, TimeSpan.FromMinutes(220)));
        block.Snapshot.Weeks.Select(w => w.Phase).ShouldBe([.. Enumerable.Repeat<TrainingPhase?>(TrainingPhase.Base, 6), .. Enumerable.Repeat<TrainingPhase?>(TrainingPhase.Build, 7), .. Enumerable.Repeat<TrainingPhase?>(TrainingPhase.Taper, 3)]);
        block.Snapshot.PredictedRaceSeconds.ShouldNotBeNull().ShouldBe(3 * 3600 + 34 * 60 + 42, 1);

        var stored = await StoredPlan.LoadAsync(db, block.Id, athlete.ToProfile()!, Ct);
        stored.Block.Race.ShouldNotBeNull().Goal.ShouldBe(new RaceGoal(RaceDistance.Marathon, MarathonDay, TimeSpan.FromMinutes(220)));
        stored.Block.Weeks.Select(w => w.Phase).ShouldBe(block.Snapshot.Weeks.Select(w => w.Phase));
        stored.Check().ShouldBeEmpty();
        (await db.PlannedSessions.SingleAsync(s => s.BlockId == block.Id && s.Date == MarathonDay, Ct)).RunType.ShouldBe(RunType.Race);
    }

    [Fact]
    public async Task Save_OpenBlock_LeavesTheRaceColumnsEmpty()
    {
        var (user, athlete) = await AthleteAsync();

        (await Service<PlanService>().SaveAsync(user, null, new GenerateBlockInput { StartDate = NextMonday.ToDateTime(TimeOnly.MinValue), Weeks = 2 }, Ct)).Failure.ShouldBeNull();

        await using var db = App.CreateDbContext();
        var block = await db.TrainingBlocks.SingleAsync(b => b.AthleteId == athlete.Id, Ct);
        (block.RaceDistance, block.RaceDate, block.RaceGoalTime, block.Snapshot.PredictedRaceSeconds).ShouldBe((null, null, null, null));
        block.Snapshot.Weeks.ShouldAllBe(w => w.Phase == null);
        (await Service<PlanService>().UpcomingRaceAsync(user, null, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Regenerate_FromToday_KeepsTheRaceDateAndTheLoggedSessions()
    {
        var (user, athlete) = await AthleteAsync();
        (await Service<PlanService>().SaveAsync(user, null, Marathon(Today), Ct)).Failure.ShouldBeNull();
        Guid loggedId;
        await using (var db = App.CreateDbContext())
        {
            var first = await db.PlannedSessions.Where(s => s.AthleteId == athlete.Id).OrderBy(s => s.Date).FirstAsync(Ct);
            loggedId = first.Id;
            db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = first.Id, AthleteId = athlete.Id, Completed = true, LoggedAt = App.Clock.GetUtcNow() });
            await db.SaveChangesAsync(Ct);
        }

        // What the plan page's "Regenerate from today" sends: the stored race, from today.
        var race = (await Service<PlanService>().UpcomingRaceAsync(user, null, Ct)).ShouldNotBeNull();
        var again = await Service<PlanService>().SaveAsync(user, null, new GenerateBlockInput
        {
            StartDate = Today.ToDateTime(TimeOnly.MinValue), ForRace = true, Distance = race.Distance, RaceDate = race.Date.ToDateTime(TimeOnly.MinValue),
        }, Ct);

        again.Failure.ShouldBeNull();
        again.Value!.DatesKeptForLoggedSessions.ShouldBe(1);
        await using var check = App.CreateDbContext();
        var newest = await check.TrainingBlocks.Where(b => b.AthleteId == athlete.Id).OrderByDescending(b => b.CreatedAt).FirstAsync(Ct);
        newest.RaceDate.ShouldBe(MarathonDay);
        var sessions = await check.PlannedSessions.Where(s => s.AthleteId == athlete.Id).ToListAsync(Ct);
        sessions.ShouldContain(s => s.Id == loggedId);
        sessions.GroupBy(s => s.Date).ShouldAllBe(g => g.Count() == 1);
        sessions.ShouldContain(s => s.BlockId == newest.Id && s.Date == MarathonDay && s.RunType == RunType.Race);
        var stored = await StoredPlan.LoadAsync(check, newest.Id, athlete.ToProfile()!, Ct);
        stored.Block.Race.ShouldNotBeNull().Goal.RaceDate.ShouldBe(MarathonDay);
        stored.History.ShouldNotBeNull();
        // Only week 1 misses the session on the logged date (kept from the old block); the race weeks check clean.
        stored.Check().ShouldAllBe(v => v.Week == 1);
    }

    [Theory]
    [InlineData(-1, null, "RaceDate", "past")]
    [InlineData(7 * 11 - 1, null, "RaceDate", "Too near")]
    [InlineData(7 * 24, null, "RaceDate", "Too far")]
    [InlineData(7 * 15, "1:59:00", "GoalTime", "world record")]
    [InlineData(7 * 15, "10:00:01", "GoalTime", "10:00:00")]
    [InlineData(7 * 15, "fast", "GoalTime", "h:mm:ss")]
    public async Task Validate_BadRace_SaysWhyUnderTheField(int daysFromStart, string? goal, string field, string words)
    {
        var validator = Service<FluentValidation.IValidator<GenerateBlockInput>>();
        var start = daysFromStart < 0 ? Today : NextMonday;

        var result = await validator.ValidateAsync(Marathon(start, start.AddDays(daysFromStart), goal), Ct);

        var error = result.Errors.ShouldHaveSingleItem();
        (error.PropertyName, error.ErrorMessage.Contains(words, StringComparison.Ordinal)).ShouldBe((field, true));
    }

    [Fact]
    public async Task Validate_EdgesOfTheWindow_AreAccepted()
    {
        var validator = Service<FluentValidation.IValidator<GenerateBlockInput>>();

        (await validator.ValidateAsync(Marathon(NextMonday, NextMonday.AddDays(7 * 11)), Ct)).IsValid.ShouldBeTrue();
        (await validator.ValidateAsync(Marathon(NextMonday, NextMonday.AddDays((7 * 24) - 1), "2:00:35"), Ct)).IsValid.ShouldBeTrue();
        (await validator.ValidateAsync(new GenerateBlockInput { StartDate = NextMonday.ToDateTime(TimeOnly.MinValue), ForRace = true, Distance = RaceDistance.FiveK, RaceDate = NextMonday.AddDays(35).ToDateTime(TimeOnly.MinValue), GoalTime = "1:11:06" }, Ct)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Save_TooFewDaysForAMarathon_IsRefusedAndTheSavedPlanStays()
    {
        var (user, athlete) = await AthleteAsync(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday);
        (await Service<PlanService>().SaveAsync(user, null, new GenerateBlockInput { StartDate = NextMonday.ToDateTime(TimeOnly.MinValue), Weeks = 2 }, Ct)).Failure.ShouldBeNull();
        var before = await Data.SessionsOfAsync(athlete.Id);

        var preview = await Service<PlanService>().PreviewAsync(user, null, Marathon(NextMonday), Ct);
        var saved = await Service<PlanService>().SaveAsync(user, null, Marathon(NextMonday), Ct);

        preview.Failure.ShouldNotBeNull().FieldErrors!.Keys.ShouldBe([RaceRefusal.AvailableDaysField]);
        saved.Failure.ShouldNotBeNull().Message.ShouldContain("add 1 day");
        (await Data.SessionsOfAsync(athlete.Id)).Select(s => (s.Id, s.Date)).ShouldBe(before.Select(s => (s.Id, s.Date)), ignoreOrder: true);
        await using var db = App.CreateDbContext();
        (await db.TrainingBlocks.CountAsync(b => b.AthleteId == athlete.Id, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Save_NoFiveKmTime_IsRefusedAskingForOne()
    {
        var (user, athlete) = await AthleteAsync();
        await using (var db = App.CreateDbContext())
        {
            (await db.Athletes.SingleAsync(a => a.Id == athlete.Id, Ct)).FiveKmTime = null;
            await db.SaveChangesAsync(Ct);
        }

        var saved = await Service<PlanService>().SaveAsync(user, null, Marathon(NextMonday), Ct);

        saved.Failure.ShouldNotBeNull().FieldErrors!.Keys.ShouldBe([RaceRefusal.FiveKmTimeField]);
        saved.Failure.Message.ShouldContain("5 km time");
        (await Data.SessionsOfAsync(athlete.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task UpcomingRace_CountsDaysFromTheAthletesToday_AndIsHiddenFromOthers()
    {
        var (user, _) = await AthleteAsync();
        (await Service<PlanService>().SaveAsync(user, null, Marathon(NextMonday, goal: "3:30:00"), Ct)).Failure.ShouldBeNull();
        var (stranger, _) = await AthleteAsync();
        var mine = await Service<PlanService>().UpcomingRaceAsync(user, null, Ct);

        mine.ShouldNotBeNull().DaysToGo.ShouldBe(MarathonDay.DayNumber - Today.DayNumber);
        mine.Countdown.ShouldBe($"Marathon in {mine.DaysToGo} days — predicted 3:34:43");
        mine.GoalTime.ShouldBe(TimeSpan.FromMinutes(210));
        await using var db = App.CreateDbContext();
        var athleteId = (await db.TrainingBlocks.OrderByDescending(b => b.CreatedAt).FirstAsync(b => b.RaceDate == MarathonDay, Ct)).AthleteId;
        (await Service<PlanService>().UpcomingRaceAsync(stranger, athleteId, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task CoachTable_ShowsRaceAndDaysToGo_ForOwnRaceClientsOnly()
    {
        var (coach, coachId) = await CoachAsync();
        var (otherCoach, otherCoachId) = await CoachAsync("Coach Other");
        var (_, racerAthlete) = await ClientAsync(coachId, "Racer");
        var (_, _) = await ClientAsync(coachId, "Open", NextMonday, 2);
        var (_, elsewhere) = await ClientAsync(otherCoachId, "Elsewhere");
        (await Service<PlanService>().SaveAsync(coach, racerAthlete.Id, Marathon(NextMonday), Ct)).Failure.ShouldBeNull();
        (await Service<PlanService>().SaveAsync(otherCoach, elsewhere.Id, Marathon(NextMonday), Ct)).Failure.ShouldBeNull();

        var rows = await Service<CoachDesk>().ListClientsAsync(coach, Ct);

        rows.Select(r => r.Name).ShouldBe(["Open", "Racer"], ignoreOrder: true);
        var race = rows.Single(r => r.Name == "Racer").Race.ShouldNotBeNull();
        (race.Distance, race.Date, race.DaysToGo).ShouldBe((RaceDistance.Marathon, MarathonDay, MarathonDay.DayNumber - Today.DayNumber));
        rows.Single(r => r.Name == "Open").Race.ShouldBeNull();
    }

    [Fact]
    public async Task NextBlockForSeveral_GivesEachClientTheRace_AndNamesWhoCannotCarryIt()
    {
        var (coach, coachId) = await CoachAsync();
        var (_, able) = await ClientAsync(coachId, "Able");
        var (_, fewDays) = await ClientAsync(coachId, "Few days");
        await using (var db = App.CreateDbContext())
        {
            (await db.Athletes.SingleAsync(a => a.Id == fewDays.Id, Ct)).AvailableDays = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday];
            await db.SaveChangesAsync(Ct);
        }

        var outcomes = await Service<NextBlockRollout>().RunAsync(coach, [able.Id, fewDays.Id], Marathon(NextMonday), cancellationToken: Ct);

        outcomes.Select(o => o.Saved).ShouldBe([true, false]);
        outcomes[1].Error.ShouldNotBeNull().ShouldContain("runs a week");
        await using var check = App.CreateDbContext();
        (await check.TrainingBlocks.SingleAsync(b => b.AthleteId == able.Id, Ct)).RaceDate.ShouldBe(MarathonDay);
        (await Data.SessionsOfAsync(fewDays.Id)).ShouldBeEmpty();
    }

    private async Task<(System.Security.Claims.ClaimsPrincipal User, Athlete Athlete)> AthleteAsync(params DayOfWeek[] days)
    {
        var user = await Data.UserAsync(HybridTrainer.Data.Identity.AppRoles.Athlete);
        var athlete = await Data.CompleteAthleteAsync(user.Id, days);
        return (Principal(user.Id, HybridTrainer.Data.Identity.AppRoles.Athlete), athlete);
    }
}
