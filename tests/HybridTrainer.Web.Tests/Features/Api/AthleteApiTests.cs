using System.Globalization;
using System.Net;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Api;

public class AthleteApiTests(HostFixture host) : HostTest(host)
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task GetAthlete_Self_HasProfileHealthAndVersionAsETag()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}", TestContext.Current.CancellationToken);

        var athlete = await ApiScenario.ReadAsync(response, HttpStatusCode.OK);
        athlete.GetProperty("relation").GetString().ShouldBe("Self");
        athlete.GetProperty("fiveKmTime").GetString().ShouldBe("22:30");
        athlete.GetProperty("timeZone").GetString().ShouldBe("UTC");
        athlete.GetProperty("liftMaxes").GetArrayLength().ShouldBe(4);
        athlete.GetProperty("health").GetProperty("bodyWeightKg").GetDecimal().ShouldBe(82m);
        response.Headers.ETag!.Tag.ShouldBe($"\"{athlete.GetProperty("version").GetUInt32()}\"");
    }

    [Fact]
    public async Task GetAthlete_GymStaff_SeesThePlanFiguresButNoHealthData()
    {
        var scenario = new ApiScenario(App);
        var member = await scenario.PlannedAthleteAsync();
        using var staff = await scenario.ClientAsync(await scenario.StaffOfAsync(member.Athlete.Id));

        var athlete = await ApiScenario.ReadAsync(
            await staff.GetAsync($"/api/v1/athletes/{member.Athlete.Id}", TestContext.Current.CancellationToken), HttpStatusCode.OK);

        athlete.GetProperty("relation").GetString().ShouldBe("GymStaff");
        athlete.GetProperty("health").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/blocks")]
    [InlineData("/weeks/2026-11-23")]
    [InlineData("/load")]
    [InlineData("/recovery")]
    [InlineData("/exports/sessions.csv")]
    [InlineData("/exports/recovery.csv")]
    [InlineData("/exports/all.json")]
    public async Task Read_AnotherAthletesData_Answers404Problem(string path)
    {
        var scenario = new ApiScenario(App);
        var someone = await scenario.PlannedAthleteAsync();
        using var intruder = await scenario.ClientAsync(await scenario.StrangerAsync());

        var response = await intruder.GetAsync($"/api/v1/athletes/{someone.Athlete.Id}{path}", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/blocks")]
    [InlineData("/load")]
    [InlineData("/exports/all.json")]
    public async Task Read_Anonymous_Answers401Problem(string path)
    {
        using var client = CreateClient();

        var response = await client.GetAsync($"/api/v1/athletes/{Guid.NewGuid()}{path}", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Blocks_ListThenRead_GivesTheSessionsWithTheirVersions()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var blocks = await ApiScenario.ReadAsync(await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/blocks", TestContext.Current.CancellationToken), HttpStatusCode.OK);
        var blockId = blocks[0].GetProperty("id").GetGuid();
        var block = await ApiScenario.ReadAsync(
            await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/blocks/{blockId}", TestContext.Current.CancellationToken), HttpStatusCode.OK);

        blocks.GetArrayLength().ShouldBe(1);
        block.GetProperty("startDate").GetString().ShouldBe(Day(ApiScenario.NextMonday));
        var sessions = block.GetProperty("sessions").EnumerateArray().ToList();
        sessions.Count.ShouldBe(me.Sessions.Count);
        sessions.ShouldAllBe(s => s.GetProperty("version").GetUInt32() > 0);
        sessions[0].GetProperty("prescription").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Object);
    }

    [Fact]
    public async Task Block_UnknownId_Answers404()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/blocks/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Week_ForAClientsCoach_ListsTheWeekWithCoachNotesAllowed()
    {
        var scenario = new ApiScenario(App);
        var client = await scenario.PlannedAthleteAsync();
        using var coach = await scenario.ClientAsync(await scenario.CoachOfAsync(client.Athlete.Id));

        var week = await ApiScenario.ReadAsync(
            await coach.GetAsync($"/api/v1/athletes/{client.Athlete.Id}/weeks/{Day(ApiScenario.NextMonday.AddDays(3))}", TestContext.Current.CancellationToken),
            HttpStatusCode.OK);

        week.GetProperty("monday").GetString().ShouldBe(Day(ApiScenario.NextMonday));
        week.GetProperty("canEdit").GetBoolean().ShouldBeTrue();
        week.GetProperty("sessions").GetArrayLength().ShouldBe(client.Sessions.Count);
    }

    [Fact]
    public async Task Week_GymStaff_SeeNeitherTheCoachsNoteNorTheCheckInReason()
    {
        var scenario = new ApiScenario(App);
        var member = await scenario.PlannedAthleteAsync();
        await using (var db = App.CreateDbContext())
        {
            await db.PlannedSessions.Where(s => s.Id == member.Sessions[0].Id).ExecuteUpdateAsync(
                s => s.SetProperty(p => p.CoachNote, "Knee still sore").SetProperty(p => p.DowngradeReason, "You slept 5 h"), TestContext.Current.CancellationToken);
        }

        using var staff = await scenario.ClientAsync(await scenario.StaffOfAsync(member.Athlete.Id));
        using var self = await scenario.ClientAsync(member.UserId);
        var path = $"/api/v1/athletes/{member.Athlete.Id}/weeks/{Day(member.Sessions[0].Date)}";

        var asStaff = (await ApiScenario.ReadAsync(await staff.GetAsync(path, TestContext.Current.CancellationToken), HttpStatusCode.OK)).GetProperty("sessions")[0];
        var asSelf = (await ApiScenario.ReadAsync(await self.GetAsync(path, TestContext.Current.CancellationToken), HttpStatusCode.OK)).GetProperty("sessions")[0];

        asStaff.GetProperty("coachNote").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        asStaff.GetProperty("downgradeReason").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        asSelf.GetProperty("coachNote").GetString().ShouldBe("Knee still sore");
        asSelf.GetProperty("downgradeReason").GetString().ShouldBe("You slept 5 h");
    }

    [Theory]
    [InlineData("23-11-2026")]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public async Task Week_WithAMalformedOrFarOffDay_Answers400Problem(string day)
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/weeks/{day}", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SaveBlock_Self_Answers201WithTheSavedBlock()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        var start = ApiScenario.NextMonday.AddDays(7);

        var response = await client.PostAsync($"/api/v1/athletes/{me.Athlete.Id}/blocks",
            ApiScenario.Json(new { startDate = Day(start), weeks = 2 }), TestContext.Current.CancellationToken);

        var saved = await ApiScenario.ReadAsync(response, HttpStatusCode.Created);
        saved.GetProperty("sessionsSaved").GetInt32().ShouldBeGreaterThan(0);
        response.Headers.Location!.ToString().ShouldContain($"/blocks/{saved.GetProperty("blockId").GetGuid()}");
        (await scenario.Data.SessionsOfAsync(me.Athlete.Id)).Count(s => s.Date >= start).ShouldBe(saved.GetProperty("sessionsSaved").GetInt32());
    }

    [Fact]
    public async Task SaveBlock_GymStaff_Answers403AndSavesNothing()
    {
        var scenario = new ApiScenario(App);
        var member = await scenario.PlannedAthleteAsync();
        using var staff = await scenario.ClientAsync(await scenario.StaffOfAsync(member.Athlete.Id));

        var response = await staff.PostAsync($"/api/v1/athletes/{member.Athlete.Id}/blocks",
            ApiScenario.Json(new { startDate = Day(ApiScenario.NextMonday.AddDays(7)), weeks = 2 }), TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden);
        (await scenario.Data.SessionsOfAsync(member.Athlete.Id)).Count.ShouldBe(member.Sessions.Count);
    }

    [Fact]
    public async Task SaveBlock_AnotherAthlete_Answers404()
    {
        var scenario = new ApiScenario(App);
        var someone = await scenario.PlannedAthleteAsync();
        using var intruder = await scenario.ClientAsync(await scenario.StrangerAsync());

        var response = await intruder.PostAsync($"/api/v1/athletes/{someone.Athlete.Id}/blocks",
            ApiScenario.Json(new { startDate = Day(ApiScenario.NextMonday), weeks = 2 }), TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SaveBlock_TwentyWeeksInThePast_Answers400KeyedByField()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await client.PostAsync($"/api/v1/athletes/{me.Athlete.Id}/blocks",
            ApiScenario.Json(new { startDate = Day(ApiScenario.Today.AddDays(-3)), weeks = 20 }), TestContext.Current.CancellationToken);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("startDate", out _).ShouldBeTrue();
        errors.TryGetProperty("weeks", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task SaveBlock_IncompleteProfile_Answers422()
    {
        var scenario = new ApiScenario(App);
        var user = await scenario.StrangerAsync();
        var athlete = await scenario.Data.AthleteAsync("New athlete", user);
        using var client = await scenario.ClientAsync(user);

        var response = await client.PostAsync($"/api/v1/athletes/{athlete.Id}/blocks",
            ApiScenario.Json(new { startDate = Day(ApiScenario.NextMonday), weeks = 2 }), TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
    }
}
