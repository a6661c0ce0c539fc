using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Body;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Journal;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using LoggedSet = HybridTrainer.Data.Journal.LoggedSet;

namespace HybridTrainer.Web.Tests.Features.Progress;

/// <summary>The progress page as served: an imperial athlete, and their coach, read lb and mi; a metric one kg and km.</summary>
public class ProgressUnitsPageTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProgressPage_ImperialAthlete_ShowsPoundsMilesAndInches()
    {
        var (email, _) = await AthleteWithHistoryAsync(UnitSystem.Imperial);

        var html = await PageAsync(email, "/progress");

        // 100 kg × 5 → 220.5 lb; a weigh-in of 81.6 kg → the 180 lb typed; 84 cm → 33.1 in; 10 km → 6.21 mi.
        html.ShouldContain("Load (lb)");
        html.ShouldContain("<td>220.5</td>");
        html.ShouldContain("Weigh-in (lb)");
        html.ShouldContain("<td>180</td>");
        html.ShouldContain("Waist (in)");
        html.ShouldContain("<td>33.1</td>");
        html.ShouldContain("Miles a week by run type");
        html.ShouldContain("Longest run (mi)");
        html.ShouldContain("6.2");
        html.ShouldNotContain("(kg)");
        html.ShouldNotContain("(km)");
    }

    [Fact]
    public async Task ProgressPage_CoachOfAnImperialClient_SeesTheClientsUnits()
    {
        var (_, athleteId) = await AthleteWithHistoryAsync(UnitSystem.Imperial);
        var data = new TestData(App);
        var coach = await data.UserAsync(AppRoles.Coach);
        await data.LinkCoachAsync(coach.Id, athleteId);

        var html = await PageAsync(coach.Email!, $"/athletes/{athleteId}/progress");

        html.ShouldContain("Load (lb)");
        html.ShouldContain("<td>220.5</td>");
        html.ShouldContain("Miles a week by run type");
    }

    [Fact]
    public async Task ProgressPage_MetricAthlete_ShowsKilogramsAndKilometres()
    {
        var (email, _) = await AthleteWithHistoryAsync(UnitSystem.Metric);

        var html = await PageAsync(email, "/progress");

        html.ShouldContain("Load (kg)");
        html.ShouldContain("<td>100</td>");
        html.ShouldContain("Weigh-in (kg)");
        html.ShouldContain("<td>81.6</td>");
        html.ShouldContain("Kilometres a week by run type");
        html.ShouldContain("Longest run (km)");
        html.ShouldNotContain("(lb)");
        html.ShouldNotContain("(mi)");
    }

    private async Task<string> PageAsync(string email, string path)
    {
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, email);
        var response = await client.GetAsync(path, Ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>Last week: a lift with 100 kg × 5 back squats and a 10 km run; today an 81.6 kg weigh-in with an 84 cm waist.</summary>
    private async Task<(string Email, Guid AthleteId)> AthleteWithHistoryAsync(UnitSystem units)
    {
        var lastMonday = LocalDays.MondayOf(TestClock.Today).AddDays(-7);
        var (_, athlete, email) = await new TestData(App).AthleteWithBlockAsync(lastMonday, 2);
        var sessions = await new TestData(App).SessionsOfAsync(athlete.Id);
        var lift = sessions.First(s => s.Kind == SessionKind.Lift && s.Date < TestClock.Today);
        var run = sessions.First(s => s.Kind == SessionKind.Run && s.Date < TestClock.Today);
        await using var db = App.CreateDbContext();
        await db.Athletes.Where(a => a.Id == athlete.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.Units, units), Ct);
        db.SessionLogs.Add(new SessionLog
        {
            Id = Guid.NewGuid(), PlannedSessionId = lift.Id, AthleteId = athlete.Id, Completed = true, ActualDurationMinutes = 60, Rpe = 7, LoggedAt = TestClock.Start,
            Sets = [new LoggedSet { Exercise = "Back squat", MainLift = nameof(MainLift.Squat), Reps = 5, WeightKg = 100m }],
        });
        db.SessionLogs.Add(new SessionLog
        {
            Id = Guid.NewGuid(), PlannedSessionId = run.Id, AthleteId = athlete.Id, Completed = true, ActualDurationMinutes = 60, Rpe = 5, DistanceKm = 10m, LoggedAt = TestClock.Start,
        });
        db.BodyMeasurements.Add(new BodyMeasurement { Id = Guid.NewGuid(), AthleteId = athlete.Id, Date = TestClock.Today, WeightKg = 81.6m, WaistCm = 84m, LoggedAt = TestClock.Start });
        await db.SaveChangesAsync(Ct);
        return (email, athlete.Id);
    }
}
