using HybridTrainer.Activities;
using HybridTrainer.Data.Activities;
using HybridTrainer.Tests.Support;
using System.Text;
using System.Text.Json.Nodes;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Resilience;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>
/// Ten thousand hostile bodies against every API endpoint that takes one: wrong types, huge numbers, NaN, negatives,
/// unknown enums, deep nesting, a 1 MB string, impossible dates, SQL and HTML fragments, broken JSON. None may answer
/// 5xx, every 4xx is problem details, and nothing stored changes. Seeded, so a failure replays.
/// </summary>
public class MalformedBodyFuzzTests(HostFixture host) : HostTest(host)
{
    private const int Bodies = 10_000;

    private static readonly JsonNode?[] BadValues =
    [
        "x", "", "NaN", "Infinity", "-Infinity", -1, -999_999_999_999L, 0.5, true, false, null, new JsonArray(), new JsonObject(),
        "2026-02-30", "30/02/2026", "99:99", "'; DROP TABLE users; --", "<script>alert(1)</script>", "<b onmouseover=alert(1)>",
        "Someday", "SQUAT", "\u0000", "🏃‍♀️", decimal.MaxValue, double.MaxValue, long.MinValue, int.MaxValue,
    ];

    private static readonly string[] RawBodies =
    [
        "", " ", "{", "}", "[]", "[1,2,3]", "42", "\"text\"", "null", "true", "{\"a\":", "{'single':'quotes'}", "{\"a\":1,}",
        "<xml/>", "NaN", "{\"sleepHours\": 1e999}", "{\"weeks\": 99999999999999999999999}", "\u0000\u0001",
    ];

    [Fact]
    public async Task TenThousandHostileBodies_NeverBreakAnythingAndChangeNothing()
    {
        var scenario = new ApiScenario(App);
        var planned = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(planned.UserId);
        var athleteId = planned.Athlete.Id;
        var sessionId = planned.Sessions[0].Id;
        var activityId = Guid.NewGuid();
        await using (var db = App.CreateDbContext())
        {
            db.Activities.Add(new ImportedActivity
            {
                Id = activityId, AthleteId = athleteId, Fingerprint = "start:fuzz", FileName = "ride.fit", Sport = ActivitySport.Cycling,
                LocalDate = ApiScenario.Today, MovingSeconds = 3600, ElapsedSeconds = 3600, ImportedAt = TestClock.Start,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var far = ApiScenario.NextMonday.AddDays(7 * 52).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var targets = new (HttpMethod Method, string Path, string ValidBody)[]
        {
            (HttpMethod.Post, "/api/v1/plans/preview",
                """{"bodyWeightKg":82,"runningBaseWeeks":8,"fiveKmTime":"22:30","lifts":{"squat":{"oneRepMaxKg":140},"benchPress":{"weightKg":80,"reps":8},"deadlift":{"oneRepMaxKg":180},"overheadPress":{"oneRepMaxKg":60}},"availableDays":["Monday","Wednesday","Friday"],"startDate":"2026-11-23","weeks":4}"""),
            (HttpMethod.Post, $"/api/v1/athletes/{athleteId}/blocks", $$"""{"startDate":"{{far}}","weeks":1}"""),
            (HttpMethod.Post, $"/api/v1/athletes/{athleteId}/recovery",
                """{"sleepHours":8,"sorenessLegs":1,"sorenessUpper":1,"fatigue":3,"sleepQuality":3,"muscleSoreness":3,"stress":3,"mood":3,"version":1}"""),
            (HttpMethod.Post, $"/api/v1/sessions/{sessionId}/move", $$"""{"date":"{{far}}","confirm":true,"version":1}"""),
            (HttpMethod.Put, $"/api/v1/activities/{activityId}/rpe", """{"rpe":5,"version":1}"""),
            (HttpMethod.Put, $"/api/v1/sessions/{sessionId}/log", """{"completed":true,"actualDurationMinutes":30,"rpe":5,"sets":[{"exercise":"Squat","reps":5,"weightKg":100}],"version":1}"""),
        };

        // Warm up: the token's last use is recorded once; after that, nothing should move.
        (await client.GetAsync($"/api/v1/athletes/{athleteId}/", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var connection = TestDatabase.CreateConnectionString(App.DatabaseName);
        // The token's "last used" stamp is bookkeeping, written once a minute whatever the body: every other table must stay put.
        var tables = (await DatabaseSnapshot.ColumnsAsync(connection))
            .Where(t => t.Key != "personal_access_tokens")
            .ToDictionary(t => t.Key, t => t.Value);
        var before = await DatabaseSnapshot.TakeAsync(connection, tables);

        var random = new Random(20261123);
        var failures = new List<string>();
        for (var i = 0; i < Bodies && failures.Count < 10; i++)
        {
            var (method, path, valid) = targets[i % targets.Length];
            // A block request may leave "weeks" out (it defaults), so null is not hostile there.
            var body = Mutate(valid, random, nullIsHostile: !path.EndsWith("/blocks", StringComparison.Ordinal));
            using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var status = (int)response.StatusCode;
            if (status >= 500 || (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
            {
                failures.Add($"{method} {path} → {status} {response.Content.Headers.ContentType} for {Preview(body)}");
            }
            else if (status is >= 200 and < 300 && !path.EndsWith("/preview", StringComparison.Ordinal))
            {
                failures.Add($"{method} {path} accepted a hostile body ({status}): {Preview(body)}");
            }
        }

        failures.ShouldBeEmpty();
        var after = await DatabaseSnapshot.TakeAsync(connection, tables);
        after.Where(t => before[t.Key] != t.Value).Select(t => t.Key).ShouldBeEmpty("tables changed by hostile bodies");
    }

    // A valid body with one field (top level or nested) replaced by a bad value, an unknown field, a 1 MB string,
    // deep nesting, or raw text that is not the expected JSON at all. Every writing variant keeps a stale version or
    // breaks a required field, so none can legitimately be stored.
    private static string Mutate(string valid, Random random, bool nullIsHostile)
    {
        switch (random.Next(10))
        {
            case 0:
                return RawBodies[random.Next(RawBodies.Length)];
            case 1:
                return new string('[', 200) + new string(']', 200);
            case 2:
                return Replace(valid, random, JsonValue.Create(new string('a', 1024 * 1024)));
            default:
                var bad = BadValues[random.Next(BadValues.Length)]?.DeepClone() ?? (nullIsHostile ? null : JsonValue.Create("x"));
                var json = Replace(valid, random, bad);
                return random.Next(4) == 0 ? json.Insert(1, "\"unknownField\":{\"deep\":[1,2,{\"x\":null}]},") : json;
        }
    }

    private static string Replace(string valid, Random random, JsonNode? value)
    {
        var root = JsonNode.Parse(valid)!.AsObject();
        var fields = root.Where(p => p.Key != "version").Select(p => p.Key).ToList();
        var field = fields[random.Next(fields.Count)];
        if (root[field] is JsonObject nested && nested.Count > 0 && random.Next(2) == 0)
        {
            var inner = nested.Select(p => p.Key).ToList();
            nested[inner[random.Next(inner.Count)]] = value;
        }
        else
        {
            root[field] = value;
        }

        return root.ToJsonString();
    }

    private static string Preview(string body) => body.Length > 200 ? body[..200] + "…" : body;
}
