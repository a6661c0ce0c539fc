using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static HybridTrainer.Web.Tests.Features.Authorization.Answer;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Authorization;

/// <summary>
/// What a caller gets: the page or data, a redirect to log in, a refusal (403, or for pages the redirect to the
/// access-denied page), "not found", or another redirect.
/// </summary>
public enum Answer
{
    Ok,
    Login,
    Unauthorized,
    Forbidden,
    NotFound,
    Redirect,
    BadRequest,
    Created,
    Conflict,
}

/// <summary>
/// Every page and endpoint, asked by every kind of caller. The table is the specification: an endpoint added to the app
/// without a row here fails <see cref="EveryEndpoint_HasARowInTheTable"/>.
/// </summary>
public partial class AuthorizationMatrixTests(HostFixture host) : HostTest(host)
{
    // Columns: anonymous, athlete X, another athlete, X's coach, another coach, X's gym staff, X's gym admin, another gym's admin.
    internal static readonly Dictionary<string, Answer[]> Table = new()
    {
        ["GET /"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /account/login"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /account/register"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /account/lockout"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /account/access-denied"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /account/password"] = [Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /account/two-factor"] = [Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        // Only after the password step: anyone else is sent back to log in.
        ["GET /account/login/two-factor"] = [Login, Login, Login, Login, Login, Login, Login, Login],
        ["GET /account/login/recovery-code"] = [Login, Login, Login, Login, Login, Login, Login, Login],
        // Without the page's antiforgery token in a header, as here, no challenge is made.
        ["POST /account/passkey/creation-options"] = [Login, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest],
        ["POST /account/passkey/request-options"] = [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest],
        ["GET /account/forgot-password"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /account/reset-password"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /account/confirm-email"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /account/confirm-email/send"] = [Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["POST /account/logout"] = [Login, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest],
        ["POST /language"] = [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest],
        // Single sign-on: no provider is configured here (ExternalSignInEndpointTests covers the app with one).
        ["GET /account/external-login"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound],
        ["GET /account/external-login/callback"] = [Redirect, Redirect, Redirect, Redirect, Redirect, Redirect, Redirect, Redirect],
        ["GET /account/external-login/failed"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /not-found"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /error"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /week"] = [Login, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        ["GET /plan"] = [Login, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        ["GET /athletes/{AthleteId:guid}/week"] = [Login, Ok, NotFound, Ok, NotFound, Ok, Ok, NotFound],
        ["GET /athletes/{AthleteId:guid}/plan"] = [Login, Ok, NotFound, Ok, NotFound, NotFound, NotFound, NotFound],
        ["GET /session/{Id:guid}"] = [Login, Ok, NotFound, Ok, NotFound, Ok, Ok, NotFound],
        ["GET /check-in"] = [Login, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        ["GET /profile"] = [Login, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        ["GET /athletes/{AthleteId:guid}/profile"] = [Login, Ok, NotFound, Ok, NotFound, Forbidden, Forbidden, Forbidden],
        ["GET /athletes/{AthleteId:guid}"] = [Login, Ok, NotFound, Ok, NotFound, Ok, Ok, NotFound],
        ["GET /coach"] = [Login, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden],
        ["GET /coach/clients/new"] = [Login, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden],
        ["GET /coach/next-block"] = [Login, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden],
        ["GET /shoes"] = [Login, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        ["GET /gym"] = [Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Ok],
        ["GET /coach/invitations"] = [Login, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden],
        ["GET /invitations/{Token}"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /sheets"] = [Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /sheets/print"] = [Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /s/{Code}"] = [Login, Redirect, NotFound, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        ["GET /api/v1/athletes/"] = [Unauthorized, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["POST /api/v1/plans/preview"] = [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest],
        ["GET /calendar"] = [Login, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        ["GET /athletes/{AthleteId:guid}/calendar"] = [Login, Ok, NotFound, Ok, NotFound, NotFound, NotFound, NotFound],
        ["GET /account/tokens"] = [Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /account/sessions"] = [Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /ical/{token}.ics"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        // Everyone may change their own e-mails; the page offers only what the role may have (none to gym staff).
        ["GET /account/notifications"] = [Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        // The unsubscribe link's token is the credential, with or without a sign-in: a token that is not one is refused
        // alike for every caller (the friendly page for GET, 404 for the one-click POST).
        ["GET /unsubscribe/{Token}"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["POST /unsubscribe/{token}"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound],
        ["GET /api/v1/athletes/{athleteId:guid}"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Ok, Ok, NotFound],
        ["GET /api/v1/athletes/{athleteId:guid}/blocks"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Ok, Ok, NotFound],
        ["GET /api/v1/athletes/{athleteId:guid}/blocks/{blockId:guid}"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Ok, Ok, NotFound],
        ["POST /api/v1/athletes/{athleteId:guid}/blocks"] = [Unauthorized, Created, NotFound, Created, NotFound, Forbidden, Forbidden, NotFound],
        ["GET /api/v1/athletes/{athleteId:guid}/weeks/{day}"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Ok, Ok, NotFound],
        ["GET /api/v1/athletes/{athleteId:guid}/load"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Forbidden, Forbidden, NotFound],
        ["GET /api/v1/athletes/{athleteId:guid}/recovery"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Forbidden, Forbidden, NotFound],
        ["POST /api/v1/athletes/{athleteId:guid}/recovery"] = [Unauthorized, Conflict, NotFound, Conflict, NotFound, Forbidden, Forbidden, NotFound],
        ["GET /api/v1/sessions/{sessionId:guid}/"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Ok, Ok, NotFound],
        ["POST /api/v1/sessions/{sessionId:guid}/move"] = [Unauthorized, Conflict, NotFound, Conflict, NotFound, Forbidden, Forbidden, NotFound],
        ["PUT /api/v1/sessions/{sessionId:guid}/log"] = [Unauthorized, Conflict, NotFound, Conflict, NotFound, Forbidden, Forbidden, NotFound],
        ["GET /api/v1/athletes/{athleteId:guid}/exports/sessions.csv"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Forbidden, Forbidden, NotFound],
        ["GET /api/v1/athletes/{athleteId:guid}/exports/recovery.csv"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Forbidden, Forbidden, NotFound],
        ["GET /api/v1/athletes/{athleteId:guid}/exports/all.json"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Forbidden, Forbidden, NotFound],
        ["GET /health/live"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /health/ready"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /openapi/{documentName:regex(^v1$)}.json"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["GET /activities"] = [Login, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        ["GET /athletes/{AthleteId:guid}/activities"] = [Login, Ok, NotFound, Ok, NotFound, Forbidden, Forbidden, Forbidden],
        // Logged sets and body weight are health and log data: the athlete and their coach only.
        ["GET /progress"] = [Login, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        ["GET /athletes/{AthleteId:guid}/progress"] = [Login, Ok, NotFound, Ok, NotFound, Forbidden, Forbidden, Forbidden],
        // An unreadable lone file: who may import gets the 400 naming the file, and nothing is stored.
        ["POST /api/v1/athletes/{athleteId:guid}/activities/"] = [Unauthorized, BadRequest, NotFound, BadRequest, NotFound, Forbidden, Forbidden, NotFound],
        ["GET /api/v1/athletes/{athleteId:guid}/activities/"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Forbidden, Forbidden, NotFound],
        ["PUT /api/v1/activities/{activityId:guid}/rpe"] = [Unauthorized, Conflict, NotFound, Conflict, NotFound, Forbidden, Forbidden, NotFound],
        ["GET /api/v1/sessions/{sessionId:guid}/workout.fit"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Ok, Ok, NotFound],
        ["GET /api/v1/athletes/{athleteId:guid}/weeks/{day}/workouts.zip"] = [Unauthorized, Ok, NotFound, Ok, NotFound, Ok, Ok, NotFound],
    };

    // Writes get a well-formed body, so the answer is about who asks, not about the body. Versions are stale on purpose:
    // an allowed caller meets the concurrency check (409) and nothing changes; only the far-future block is created.
    internal static readonly Dictionary<string, string> Bodies = new()
    {
        ["POST /api/v1/athletes/{athleteId:guid}/blocks"] = $$"""{"startDate":"{{FarMonday:yyyy-MM-dd}}","weeks":1}""",
        ["POST /api/v1/athletes/{athleteId:guid}/recovery"] =
            """{"sleepHours":8,"sorenessLegs":1,"sorenessUpper":1,"fatigue":3,"sleepQuality":3,"muscleSoreness":3,"stress":3,"mood":3,"version":1}""",
        ["POST /api/v1/sessions/{sessionId:guid}/move"] = $$"""{"date":"{{TestClock.Start.UtcDateTime.AddDays(1):yyyy-MM-dd}}","confirm":true,"version":1}""",
        ["PUT /api/v1/sessions/{sessionId:guid}/log"] = """{"completed":true,"actualDurationMinutes":30,"rpe":5,"version":1}""",
        ["PUT /api/v1/activities/{activityId:guid}/rpe"] = """{"rpe":5,"version":1}""",
    };

    // Uploads get a multipart body with one unreadable file.
    internal static readonly HashSet<string> Uploads = ["POST /api/v1/athletes/{athleteId:guid}/activities/"];

    private static DateOnly FarMonday => LocalDays.MondayOf(TestClock.Today.AddDays(7 * 52));

    // Extra values for routes whose parameters are not the world's ids.
    internal static readonly Dictionary<string, string> Fixed = new() { ["documentName"] = "v1" };

    [Fact]
    public void EveryEndpoint_HasARowInTheTable()
    {
        var missing = MappedEndpoints().Where(e => !Table.ContainsKey(e)).ToList();

        missing.ShouldBeEmpty($"Add a row to the authorization matrix for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void EveryRowOfTheTable_IsAMappedEndpoint() =>
        Table.Keys.Except(MappedEndpoints()).ShouldBeEmpty();

    [Fact]
    public async Task EveryCaller_GetsTheExpectedAnswer_FromEveryEndpoint()
    {
        var world = await AuthorizationWorld.CreateAsync(App);
        var clients = new Dictionary<Caller, HttpClient> { [Caller.Anonymous] = CreateClient() };
        foreach (var (caller, email) in world.Emails)
        {
            var client = CreateClient();
            (await AccountClient.LogInAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect, $"log in as {caller}");
            clients[caller] = client;
        }

        var wrong = new StringBuilder();
        foreach (var (endpoint, expected) in Table)
        {
            var (method, pattern) = (endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)], endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            var path = Parameter().Replace(pattern, m => world.RouteValues.GetValueOrDefault(m.Groups[1].Value) ?? Fixed[m.Groups[1].Value]);
            foreach (var caller in Enum.GetValues<Caller>())
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (Uploads.Contains(endpoint))
                {
                    request.Content = new MultipartFormDataContent { { new ByteArrayContent("not a FIT file at all"u8.ToArray()), "file", "broken.fit" } };
                }
                else if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent(Bodies.GetValueOrDefault(endpoint, ""), Encoding.UTF8, "application/json");
                }

                using var response = await clients[caller].SendAsync(request, TestContext.Current.CancellationToken);
                var actual = Classify(response);
                if (actual != expected[(int)caller])
                {
                    wrong.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{endpoint} as {caller}: expected {expected[(int)caller]}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        wrong.ToString().ShouldBeEmpty();
    }

    private IEnumerable<string> MappedEndpoints() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !IsFrameworkOrFile(raw))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                // A page's POST is the same page receiving its own antiforgery-checked form; its GET row covers who may see it.
                .Where(m => m != "HEAD" && !(m == "POST" && e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null))
                .Select(m => $"{m} {(e.RoutePattern.RawText!.StartsWith('/') ? "" : "/")}{e.RoutePattern.RawText}"))
            .Distinct();

    // Static files and Blazor's own plumbing are not features: they are served to everyone by design.
    private static bool IsFrameworkOrFile(string raw) =>
        raw.TrimStart('/').StartsWith('_') || raw.Contains(":file", StringComparison.Ordinal) || (raw.Split('/')[^1].Contains('.', StringComparison.Ordinal) && !raw.Contains('{', StringComparison.Ordinal));

    private static Answer Classify(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => Ok,
        HttpStatusCode.Created => Created,
        HttpStatusCode.Conflict => Conflict,
        HttpStatusCode.Unauthorized => Unauthorized,
        HttpStatusCode.Forbidden => Forbidden,
        HttpStatusCode.NotFound => NotFound,
        HttpStatusCode.BadRequest => BadRequest,
        HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            when response.Headers.Location?.ToString().Contains("account/access-denied", StringComparison.OrdinalIgnoreCase) == true => Forbidden,
        HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            when response.Headers.Location?.ToString().Contains("account/login", StringComparison.OrdinalIgnoreCase) == true => Login,
        HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther => Redirect,
        _ => (Answer)(-1),
    };

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();
}
