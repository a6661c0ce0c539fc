using System.Net;
using System.Text;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>
/// Every endpoint has a body limit: a JSON write past 64 KiB answers 413 problem details (declared length or not) and
/// writes nothing; a list past its contract's count gets a field error; a million sets is refused long before it is read.
/// </summary>
public class RequestBodyLimitTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string Oversized = "{ \"rpe\": 6, \"actualDurationMinutes\": 40, \"sleepHours\": 7, \"weeks\": 4, \"notes\": \""
        + new string('x', 200 * 1024) + "\" }";

    [Theory]
    [InlineData("PUT log")]
    [InlineData("POST recovery")]
    [InlineData("POST blocks")]
    [InlineData("POST move")]
    public async Task JsonWrite_BodyOver64KiB_Answers413ProblemDetailsAndWritesNothing(string endpoint)
    {
        var (client, request) = await WriteAsync(endpoint, ApiScenario.Json(Oversized));
        var before = await WrittenAsync();

        var problem = await ApiScenario.ProblemAsync(await client.SendAsync(request, Ct), HttpStatusCode.RequestEntityTooLarge);

        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("64 KiB");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task JsonWrite_ChunkedBodyOver64KiB_Answers413WhileReading()
    {
        var (client, request) = await WriteAsync("PUT log", ApiScenario.Json(Oversized));
        request.Headers.TransferEncodingChunked = true;

        await ApiScenario.ProblemAsync(await client.SendAsync(request, Ct), HttpStatusCode.RequestEntityTooLarge);

        await using var db = App.CreateDbContext();
        (await db.SessionLogs.AnyAsync(Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task SessionLog_AMillionSets_IsRefusedWith413BeforeItIsRead()
    {
        using var content = new MillionSetsContent();
        var (tokenClient, request) = await WriteAsync("PUT log", content);
        // As a careful client does for a large upload: the headers first, the body only once the server asks for it.
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) }) { BaseAddress = App.BaseAddress };
        client.DefaultRequestHeaders.Authorization = tokenClient.DefaultRequestHeaders.Authorization;
        request.Headers.ExpectContinue = true;

        await ApiScenario.ProblemAsync(await client.SendAsync(request, Ct), HttpStatusCode.RequestEntityTooLarge);

        content.Written.ShouldBeLessThan(MillionSetsContent.Total / 4, "the server stopped reading early");
        await using var db = App.CreateDbContext();
        (await db.SessionLogs.AnyAsync(Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task JsonWrite_DeclaredOneMegabyte_Answers413InsteadOfACutConnection()
    {
        var (client, request) = await WriteAsync("PUT log", ApiScenario.Json("{ \"notes\": \"" + new string('x', 1024 * 1024) + "\" }"));

        // Refused by its declared length, read by nobody; the rest is discarded so the client hears the answer.
        await ApiScenario.ProblemAsync(await client.SendAsync(request, Ct), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task SessionLog_OneSetOverTheLimit_Answers400OnSetsAndWritesNothing()
    {
        var (client, request) = await WriteAsync("PUT log", ApiScenario.Json(LogWithSets(LogSessionRequest.MaximumSets + 1)));

        var problem = await ApiScenario.ProblemAsync(await client.SendAsync(request, Ct), HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("sets")[0].GetString().ShouldBe($"Log at most {LogSessionRequest.MaximumSets} sets.");
        await using var db = App.CreateDbContext();
        (await db.SessionLogs.AnyAsync(Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task SessionLog_AtTheLimit_IsSaved()
    {
        var (client, request) = await WriteAsync("PUT log", ApiScenario.Json(LogWithSets(LogSessionRequest.MaximumSets)));

        var log = await ApiScenario.ReadAsync(await client.SendAsync(request, Ct), HttpStatusCode.OK);

        log.GetProperty("sets").GetArrayLength().ShouldBe(LogSessionRequest.MaximumSets);
    }

    [Fact]
    public async Task PageForm_PostOver256KiB_IsRefusedWithoutAStackTraceOrASession()
    {
        using var browser = CreateClient();
        var page = await browser.GetStringAsync("/account/login", Ct);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;

        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.Email"] = "someone@example.com",
            ["Input.Password"] = new string('x', 300 * 1024),
        }), Ct);

        // The antiforgery check cannot read the form past the limit: a 400 refusal, before the page runs.
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldNotContain("   at ");
        await using var db = App.CreateDbContext();
        (await db.UserSessions.AnyAsync(Ct)).ShouldBeFalse();
    }

    private static string LogWithSets(int count)
    {
        var sets = string.Join(",", Enumerable.Range(1, count).Select(i => $$"""{ "exercise": "Back squat", "setNumber": {{i}}, "reps": 5, "weightKg": 100 }"""));
        return $$"""{ "rpe": 7, "actualDurationMinutes": 60, "sets": [{{sets}}] }""";
    }

    private async Task<(HttpClient Client, HttpRequestMessage Request)> WriteAsync(string endpoint, HttpContent content)
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        var client = await scenario.ClientAsync(me.UserId);
        var (method, path) = endpoint switch
        {
            "POST blocks" => (HttpMethod.Post, $"/api/v1/athletes/{me.Athlete.Id}/blocks"),
            "POST recovery" => (HttpMethod.Post, $"/api/v1/athletes/{me.Athlete.Id}/recovery"),
            "POST move" => (HttpMethod.Post, $"/api/v1/sessions/{me.Sessions[0].Id}/move"),
            _ => (HttpMethod.Put, $"/api/v1/sessions/{me.Sessions[0].Id}/log"),
        };
        return (client, new HttpRequestMessage(method, path) { Content = content });
    }

    // Rows and versions of everything the four writes could change.
    private async Task<string> WrittenAsync()
    {
        await using var db = App.CreateDbContext();
        var sessions = await db.PlannedSessions.OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.Date}").ToListAsync(Ct);
        return $"{await db.SessionLogs.CountAsync(Ct)} logs, {await db.RecoveryLogs.CountAsync(Ct)} check-ins, "
            + $"{await db.TrainingBlocks.CountAsync(Ct)} blocks, sessions {string.Join(",", sessions)}";
    }

    /// <summary>A session log with a million sets (some 55 MB), made as it is sent; its length is declared, as any HTTP client does.</summary>
    private sealed class MillionSetsContent : HttpContent
    {
        private static readonly byte[] Head = Encoding.UTF8.GetBytes("""{ "rpe": 7, "actualDurationMinutes": 60, "sets": [""");
        private static readonly byte[] Set = Encoding.UTF8.GetBytes("""{ "exercise": "Back squat", "reps": 5, "weightKg": 100 },""");
        private static readonly byte[] Tail = Encoding.UTF8.GetBytes("""{ "exercise": "Back squat", "reps": 5 }] }""");
        private const int Sets = 1_000_000;
        private const int SetsPerWrite = 1000;

        public MillionSetsContent() => Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        public static long Total => Head.Length + ((long)Set.Length * Sets) + Tail.Length;

        public long Written { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Head);
            Written += Head.Length;
            var block = Enumerable.Repeat(Set, SetsPerWrite).SelectMany(b => b).ToArray();
            for (var sent = 0; sent < Sets; sent += SetsPerWrite)
            {
                await stream.WriteAsync(block);
                Written += block.Length;
            }

            await stream.WriteAsync(Tail);
            Written += Tail.Length;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = Total;
            return true;
        }
    }
}
