using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using HybridTrainer.Data.Access;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.AccessTokens;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>People with plans and the clients that speak for them: a token client per user, JSON in and out.</summary>
internal sealed class ApiScenario(AppFactory app)
{
    public static DateOnly Today => TestClock.Today;

    public static DateOnly NextMonday => LocalDays.MondayOf(Today.AddDays(7));

    public TestData Data { get; } = new(app);

    /// <summary>An athlete with a complete profile and a one-week block starting next Monday.</summary>
    public async Task<Planned> PlannedAthleteAsync(int weeks = 1)
    {
        var (principal, athlete, _) = await Data.AthleteWithBlockAsync(NextMonday, weeks);
        return new Planned(UserId(principal), athlete, await Data.SessionsOfAsync(athlete.Id));
    }

    /// <summary>Gym staff of a gym the athlete is moved into.</summary>
    public async Task<Guid> StaffOfAsync(Guid athleteId)
    {
        var staff = await Data.UserAsync(AppRoles.GymStaff);
        var gym = await Data.GymAsync("Riverside", (staff.Id, GymRole.Staff));
        await using var db = app.CreateDbContext();
        await db.Athletes.Where(a => a.Id == athleteId).ExecuteUpdateAsync(s => s.SetProperty(a => a.GymId, gym.Id), TestContext.Current.CancellationToken);
        return staff.Id;
    }

    public async Task<Guid> CoachOfAsync(Guid athleteId)
    {
        var coach = await Data.UserAsync(AppRoles.Coach);
        await Data.LinkCoachAsync(coach.Id, athleteId);
        return coach.Id;
    }

    public async Task<Guid> StrangerAsync() => (await Data.UserAsync(AppRoles.Athlete)).Id;

    /// <summary>A read-write token by default: most API tests write; read-only tokens are tested on their own.</summary>
    public async Task<string> TokenAsync(Guid userId, AccessTokenScope scope = AccessTokenScope.ReadWrite)
    {
        await using var services = app.Services.CreateAsyncScope();
        var created = await services.ServiceProvider.GetRequiredService<AccessTokenService>().CreateAsync(
            TestData.Principal(userId),
            new CreateTokenInput { Name = "script", Scope = scope, CurrentPassword = TestData.Password },
            TestContext.Current.CancellationToken);
        created.Failure.ShouldBeNull();
        return created.Value!;
    }

    /// <summary>A client that sends the user's personal access token, and no cookie.</summary>
    public async Task<HttpClient> ClientAsync(Guid userId, AccessTokenScope scope = AccessTokenScope.ReadWrite)
    {
        var client = app.CreateHttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userId, scope));
        return client;
    }

    public static Guid UserId(ClaimsPrincipal principal) => Guid.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(object body) => Json(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(expected, text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Checks an RFC 7807 answer with the status and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await ReadAsync(response, expected);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("status").GetInt32().ShouldBe((int)expected);
        return problem;
    }

    public async Task<uint> VersionOfAsync(Guid sessionId)
    {
        await using var db = app.CreateDbContext();
        return await db.PlannedSessions.Where(s => s.Id == sessionId).Select(s => s.Version).SingleAsync(TestContext.Current.CancellationToken);
    }
}

internal sealed record Planned(Guid UserId, Athlete Athlete, IReadOnlyList<PlannedSession> Sessions);
