using System.Globalization;
using System.Net;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Sheets;

/// <summary>Gym staff print a member's race week: the race and the shakeout are on it, nothing from health data is.</summary>
public class RaceSheetPageTests(HostFixture host) : HostTest(host)
{
    private const string HealthReason = "Slept 4 h, resting heart rate up 9 bpm";
    private const string CoachNote = "Private: mind the left calf";

    private static readonly DateOnly Monday = LocalDays.MondayOf(TestClock.Today);

    [Fact]
    public async Task Print_StaffForAMembersRaceWeek_ShowsTheRaceAndShakeoutButNoHealthDataOrNotes()
    {
        var sheets = new SheetTestData(App);
        var (_, staff, _, members) = await sheets.GymWithMembersAsync(Monday, 1);
        await ReplaceWeekWithRaceWeekAsync(members[0].Id);
        using var client = App.CreateHttpClient();
        (await AccountClient.LogInAsync(client, staff)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await client.GetAsync($"/sheets/print?week={Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&athlete={members[0].Id}", TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<strong>Race</strong>");
        html.ShouldContain("Marathon · predicted 3:3");
        html.ShouldContain("Half-way (21.1 km)");
        html.ShouldContain("Fuel: Take 30–60 g of carbohydrate per hour");
        html.ShouldContain("<strong>Shakeout</strong>");
        html.ShouldNotContain(HealthReason);
        html.ShouldNotContain(CoachNote);
    }

    private async Task ReplaceWeekWithRaceWeekAsync(Guid athleteId)
    {
        await using var db = App.CreateDbContext();
        await db.PlannedSessions.Where(s => s.AthleteId == athleteId && s.Date >= Monday && s.Date < Monday.AddDays(7)).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        var week = RaceSessions.Stored(RaceSessions.RaceWeek, athleteId, Monday);
        var race = week.Single(s => s.RunType == RunType.Race);
        (race.DowngradeReason, race.CoachNote) = (HealthReason, CoachNote);
        db.PlannedSessions.AddRange(week);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
