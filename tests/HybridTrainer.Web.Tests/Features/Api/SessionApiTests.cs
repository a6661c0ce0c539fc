using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;

namespace HybridTrainer.Web.Tests.Features.Api;

public class SessionApiTests(HostFixture host) : HostTest(host)
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task GetSession_Self_HasThePrescriptionAndTheVersionAsETag()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        var session = me.Sessions[0];

        var response = await client.GetAsync($"/api/v1/sessions/{session.Id}", TestContext.Current.CancellationToken);

        var detail = await ApiScenario.ReadAsync(response, HttpStatusCode.OK);
        detail.GetProperty("session").GetProperty("date").GetString().ShouldBe(Day(session.Date));
        detail.GetProperty("session").GetProperty("version").GetUInt32().ShouldBe(session.Version);
        detail.GetProperty("canLog").GetBoolean().ShouldBeTrue();
        response.Headers.ETag!.Tag.ShouldBe($"\"{session.Version}\"");
    }

    [Fact]
    public async Task GetSession_AnotherAthletes_Answers404()
    {
        var scenario = new ApiScenario(App);
        var someone = await scenario.PlannedAthleteAsync();
        using var intruder = await scenario.ClientAsync(await scenario.StrangerAsync());

        var response = await intruder.GetAsync($"/api/v1/sessions/{someone.Sessions[0].Id}", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Move_WithTheCurrentVersion_MovesAndAnswersTheNewVersion()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        var (moving, target) = HardNextToHard(me.Sessions);

        var response = await MoveAsync(client, moving.Id, new { date = Day(target), confirm = true, version = moving.Version });

        var moved = await ApiScenario.ReadAsync(response, HttpStatusCode.OK);
        moved.GetProperty("session").GetProperty("date").GetString().ShouldBe(Day(target));
        moved.GetProperty("session").GetProperty("version").GetUInt32().ShouldNotBe(moving.Version);
    }

    [Fact]
    public async Task Move_BreakingATrainingRule_Answers409WithTheRuleIdsAndSavesNothing()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        var (moving, target) = HardNextToHard(me.Sessions);

        var response = await MoveAsync(client, moving.Id, new { date = Day(target), version = moving.Version });

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.Conflict);
        problem.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()).ShouldContain("R5");
        problem.GetProperty("type").GetString().ShouldNotBeNull().ShouldContain("plan-checker-violation");
        (await DateOfAsync(moving.Id)).ShouldBe(moving.Date);
    }

    [Fact]
    public async Task Move_WithAStaleVersion_Answers409AndSavesNothing()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        var session = me.Sessions[0];
        await using (var db = App.CreateDbContext())
        {
            // Someone else changes the session after it was read.
            await db.PlannedSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CoachNote, "Easy on the hills"), TestContext.Current.CancellationToken);
        }

        var response = await MoveAsync(client, session.Id, new { date = Day(session.Date.AddDays(1)), confirm = true, version = session.Version });

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.Conflict);
        problem.GetProperty("reason").GetString().ShouldBe("stale");
        (await DateOfAsync(session.Id)).ShouldBe(session.Date);
    }

    [Fact]
    public async Task Move_WithTheVersionAsIfMatch_IsAccepted()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        var (moving, target) = HardNextToHard(me.Sessions);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/sessions/{moving.Id}/move")
        {
            Content = ApiScenario.Json(new { date = Day(target), confirm = true }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{moving.Version}\"");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Move_WithoutAVersion_Answers400KeyedByVersion()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await MoveAsync(client, me.Sessions[0].Id, new { date = Day(me.Sessions[0].Date.AddDays(1)), confirm = true });

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("version", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Move_IntoThePast_Answers400KeyedByDate()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await MoveAsync(client, me.Sessions[0].Id, new { date = Day(ApiScenario.Today.AddDays(-1)), confirm = true, version = me.Sessions[0].Version });

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("date", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Move_ByGymStaff_Answers403AndSavesNothing()
    {
        var scenario = new ApiScenario(App);
        var member = await scenario.PlannedAthleteAsync();
        using var staff = await scenario.ClientAsync(await scenario.StaffOfAsync(member.Athlete.Id));
        var session = member.Sessions[0];

        var response = await MoveAsync(staff, session.Id, new { date = Day(session.Date.AddDays(1)), confirm = true, version = session.Version });

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden);
        (await DateOfAsync(session.Id)).ShouldBe(session.Date);
    }

    [Fact]
    public async Task Move_AnotherAthletesSession_Answers404()
    {
        var scenario = new ApiScenario(App);
        var someone = await scenario.PlannedAthleteAsync();
        using var intruder = await scenario.ClientAsync(await scenario.StrangerAsync());
        var session = someone.Sessions[0];

        var response = await MoveAsync(intruder, session.Id, new { date = Day(session.Date.AddDays(1)), confirm = true, version = session.Version });

        await ApiScenario.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Log_FirstThenCorrectWithItsVersion_SavesBoth()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        var sessionId = me.Sessions[0].Id;

        var first = await ApiScenario.ReadAsync(await LogAsync(client, sessionId, new { actualDurationMinutes = 45, rpe = 6 }), HttpStatusCode.OK);
        var corrected = await ApiScenario.ReadAsync(
            await LogAsync(client, sessionId, new { actualDurationMinutes = 50, rpe = 7, version = first.GetProperty("version").GetUInt32() }), HttpStatusCode.OK);

        corrected.GetProperty("actualDurationMinutes").GetInt32().ShouldBe(50);
        corrected.GetProperty("version").GetUInt32().ShouldNotBe(first.GetProperty("version").GetUInt32());
    }

    [Fact]
    public async Task Log_AgainWithoutTheLogsVersion_Answers409AndKeepsTheFirst()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        var sessionId = me.Sessions[0].Id;
        (await LogAsync(client, sessionId, new { actualDurationMinutes = 45, rpe = 6 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await LogAsync(client, sessionId, new { actualDurationMinutes = 90, rpe = 9 });

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.Conflict);
        problem.GetProperty("reason").GetString().ShouldBe("stale");
        await using var db = App.CreateDbContext();
        (await db.SessionLogs.SingleAsync(TestContext.Current.CancellationToken)).ActualDurationMinutes.ShouldBe(45);
    }

    [Fact]
    public async Task Log_WithAStaleVersion_Answers409()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        var sessionId = me.Sessions[0].Id;
        var first = await ApiScenario.ReadAsync(await LogAsync(client, sessionId, new { actualDurationMinutes = 45, rpe = 6 }), HttpStatusCode.OK);
        var version = first.GetProperty("version").GetUInt32();
        (await LogAsync(client, sessionId, new { actualDurationMinutes = 46, rpe = 6, version })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await LogAsync(client, sessionId, new { actualDurationMinutes = 90, rpe = 9, version });

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Log_OutOfRangeValues_Answers400KeyedByJsonPath()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await LogAsync(client, me.Sessions[0].Id, new
        {
            actualDurationMinutes = 45,
            rpe = 11,
            sets = new[] { new { exercise = "Back squat", reps = 5, weightKg = 900 } },
        });

        var errors = (await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.TryGetProperty("rpe", out _).ShouldBeTrue();
        errors.TryGetProperty("sets[0].weightKg", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Log_ByGymStaff_Answers403()
    {
        var scenario = new ApiScenario(App);
        var member = await scenario.PlannedAthleteAsync();
        using var staff = await scenario.ClientAsync(await scenario.StaffOfAsync(member.Athlete.Id));

        var response = await LogAsync(staff, member.Sessions[0].Id, new { actualDurationMinutes = 45, rpe = 6 });

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_LoggedSessionAsGymStaff_SaysDoneButNotHowItWent()
    {
        var scenario = new ApiScenario(App);
        var member = await scenario.PlannedAthleteAsync();
        using (var athlete = await scenario.ClientAsync(member.UserId))
        {
            (await LogAsync(athlete, member.Sessions[0].Id, new { actualDurationMinutes = 45, rpe = 9, distanceKm = 8.2m, notes = "Knee hurt on the hills" }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var staff = await scenario.ClientAsync(await scenario.StaffOfAsync(member.Athlete.Id));
        var response = await staff.GetAsync($"/api/v1/sessions/{member.Sessions[0].Id}", TestContext.Current.CancellationToken);

        var log = (await ApiScenario.ReadAsync(response, HttpStatusCode.OK)).GetProperty("log");
        log.GetProperty("completed").GetBoolean().ShouldBeTrue();
        foreach (var healthField in new[] { "actualDurationMinutes", "distanceKm", "rpe", "notes" })
        {
            log.GetProperty(healthField).ValueKind.ShouldBe(JsonValueKind.Null, healthField);
        }

        log.GetProperty("sets").GetArrayLength().ShouldBe(0);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("Knee");
    }

    [Fact]
    public async Task Log_AnotherAthletesSession_Answers404()
    {
        var scenario = new ApiScenario(App);
        var someone = await scenario.PlannedAthleteAsync();
        using var intruder = await scenario.ClientAsync(await scenario.StrangerAsync());

        var response = await LogAsync(intruder, someone.Sessions[0].Id, new { actualDurationMinutes = 45, rpe = 6 });

        await ApiScenario.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{ "rpe": 6, """, "not valid JSON")]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("", "empty")]
    public async Task Log_MalformedOrEmptyBody_Answers400WithDetail(string body, string detailMentions)
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await client.PutAsync($"/api/v1/sessions/{me.Sessions[0].Id}/log", ApiScenario.Json(body), TestContext.Current.CancellationToken);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain(detailMentions);
    }

    [Fact]
    public async Task Log_WrongType_Answers400KeyedByTheField()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await client.PutAsync($"/api/v1/sessions/{me.Sessions[0].Id}/log",
            ApiScenario.Json("""{ "actualDurationMinutes": "forty", "rpe": 6 }"""), TestContext.Current.CancellationToken);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("actualDurationMinutes", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Log_BodyOver64KiB_Answers413()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        var body = new StringBuilder("{ \"rpe\": 6, \"actualDurationMinutes\": 40, \"notes\": \"").Append('x', 70 * 1024).Append("\" }").ToString();

        var response = await client.PutAsync($"/api/v1/sessions/{me.Sessions[0].Id}/log", ApiScenario.Json(body), TestContext.Current.CancellationToken);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("64 KiB");
    }

    [Fact]
    public async Task Log_UnknownFieldsAreIgnored()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await LogAsync(client, me.Sessions[0].Id, new { actualDurationMinutes = 45, rpe = 6, mood = "great" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Log_AsFormData_Answers415Problem()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["rpe"] = "6" });

        var response = await client.PutAsync($"/api/v1/sessions/{me.Sessions[0].Id}/log", form, TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Move_ToTheLastDayThereIs_Answers400KeyedByDate()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await MoveAsync(client, me.Sessions[0].Id, new { date = "9999-12-31", version = await scenario.VersionOfAsync(me.Sessions[0].Id) });

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("date", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    public async Task Log_JsonWithoutAJsonContentType_Answers415AndSavesNothing(string? contentType)
    {
        // What a page on another site can send with the athlete's cookie and no preflight: a Blob, or no type at all.
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        using var body = new ByteArrayContent(Encoding.UTF8.GetBytes("""{ "actualDurationMinutes": 45, "rpe": 6 }"""));
        if (contentType is not null)
        {
            body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        var response = await client.PutAsync($"/api/v1/sessions/{me.Sessions[0].Id}/log", body, TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        await using var db = App.CreateDbContext();
        (await db.SessionLogs.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, Guid sessionId, object body) =>
        client.PostAsync($"/api/v1/sessions/{sessionId}/move", ApiScenario.Json(body), TestContext.Current.CancellationToken);

    private static Task<HttpResponseMessage> LogAsync(HttpClient client, Guid sessionId, object body) =>
        client.PutAsync($"/api/v1/sessions/{sessionId}/log", ApiScenario.Json(body), TestContext.Current.CancellationToken);

    private static (PlannedSession Moving, DateOnly Target) HardNextToHard(IReadOnlyList<PlannedSession> sessions)
    {
        var hard = sessions.Where(s => s.HardOnLegs).ToList();
        hard.Count.ShouldBeGreaterThanOrEqualTo(2);
        return (hard[^1], hard[0].Date.AddDays(1));
    }

    private async Task<DateOnly> DateOfAsync(Guid sessionId)
    {
        await using var db = App.CreateDbContext();
        return await db.PlannedSessions.Where(s => s.Id == sessionId).Select(s => s.Date).SingleAsync(TestContext.Current.CancellationToken);
    }
}
