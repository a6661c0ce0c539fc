using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

/// <summary>
/// Many seeded valid profiles, from the edges of every range, must all answer the contract. Its own app with a high
/// rate limit, so the sweep neither trips the limit nor uses up the shared app's budget.
/// </summary>
[Collection(HostGroup.Name)]
public sealed class PlanPreviewProfileSweepTests : IAsyncLifetime
{
    private const int Profiles = 60;

    private readonly AppFactory _app = new(
        TestDatabase.NewName("previewsweep"),
        new Dictionary<string, string?> { ["RateLimiting:PlanPreviewPerMinute"] = "10000" });

    [Fact]
    public async Task Preview_ValidProfiles_AllAnswerTheContract()
    {
        using var client = _app.CreateClient();
        var random = new Random(20261123);
        for (var i = 0; i < Profiles; i++)
        {
            var (request, days, weeks) = RandomRequest(random, i);

            var response = await PlanPreviewApi.PostAsync(client, request);

            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"profile {i}: {request.ToJsonString()}");
            var block = await PlanPreviewApi.ReadJsonAsync(response);
            block.GetProperty("weeks").GetArrayLength().ShouldBe(weeks);
            var sessions = block.GetProperty("weeks").EnumerateArray().SelectMany(w => w.GetProperty("sessions").EnumerateArray()).ToList();
            var dates = sessions.Select(s => DateOnly.Parse(s.GetProperty("date").GetString()!, CultureInfo.InvariantCulture)).ToList();
            dates.ShouldBe(dates.Order().ToList(), $"profile {i}: sessions are ordered by date");
            dates.Distinct().Count().ShouldBe(dates.Count, $"profile {i}: one session per date");
            dates.ShouldAllBe(d => days.Contains(d.DayOfWeek), $"profile {i}: sessions fall on available days");
            sessions.SelectMany(s => s.GetProperty("exercises").EnumerateArray()).SelectMany(e => e.GetProperty("sets").EnumerateArray())
                .Select(set => set.GetProperty("weightKg")).Where(kg => kg.ValueKind == JsonValueKind.Number)
                .ShouldAllBe(kg => kg.GetDecimal() % 2.5m == 0, $"profile {i}: bar loads are multiples of 2.5 kg");
        }
    }

    private static (JsonObject Request, DayOfWeek[] Days, int Weeks) RandomRequest(Random random, int index)
    {
        var days = Enum.GetValues<DayOfWeek>().OrderBy(_ => random.Next()).Take(3 + (index % 5)).ToArray();
        var weeks = 1 + random.Next(16);
        var fiveKm = random.Next(3) switch
        {
            0 => null,
            1 => $"{12 + random.Next(48)}:{random.Next(60):00}",
            _ => random.Next(2) == 0 ? "1:00:00" : "12:00",
        };
        var request = new JsonObject
        {
            ["bodyWeightKg"] = 30 + (random.Next(5400) / 20m),
            ["runningBaseWeeks"] = random.Next(4) == 0 ? 0 : random.Next(521),
            ["fiveKmTime"] = fiveKm,
            ["lifts"] = new JsonObject
            {
                ["squat"] = Lift(random),
                ["benchPress"] = Lift(random),
                ["deadlift"] = Lift(random),
                ["overheadPress"] = Lift(random),
            },
            ["availableDays"] = new JsonArray([.. days.Select(d => JsonValue.Create(d.ToString()))]),
            ["startDate"] = new DateOnly(2026, 1, 1).AddDays(random.Next(365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["weeks"] = weeks,
        };
        if (random.Next(2) == 0)
        {
            request["birthYear"] = 1930 + random.Next(80);
            request["restingHeartRate"] = random.Next(2) == 0 ? null : 30 + random.Next(91);
        }

        if (random.Next(2) == 0)
        {
            request["history"] = new JsonObject
            {
                ["weeklyLoadsAu"] = new JsonArray([.. Enumerable.Range(0, random.Next(13)).Select(_ => JsonValue.Create(random.Next(6000)))]),
                ["weeklyRunMinutes"] = new JsonArray([.. Enumerable.Range(0, random.Next(13)).Select(_ => JsonValue.Create(random.Next(600)))]),
            };
        }

        return (request, days, weeks);
    }

    private static JsonObject Lift(Random random) => random.Next(2) == 0
        ? new JsonObject { ["oneRepMaxKg"] = 20 + (random.Next(960) / 2m) }
        : new JsonObject { ["weightKg"] = 10 + (random.Next(400) / 2m), ["reps"] = 1 + random.Next(10) };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
