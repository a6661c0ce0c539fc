using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

/// <summary>The example request as editable JSON, and posting helpers that keep the body exactly as written.</summary>
internal static class PlanPreviewApi
{
    public const string Path = "/api/v1/plans/preview";

    public static JsonObject ExampleRequest() => JsonNode.Parse("""
        {
          "bodyWeightKg": 82,
          "birthYear": 1994,
          "restingHeartRate": 60,
          "runningBaseWeeks": 8,
          "fiveKmTime": "22:30",
          "lifts": {
            "squat":         { "oneRepMaxKg": 140 },
            "benchPress":    { "weightKg": 80, "reps": 8 },
            "deadlift":      { "oneRepMaxKg": 180 },
            "overheadPress": { "oneRepMaxKg": 60 }
          },
          "availableDays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
          "startDate": "2026-11-23",
          "weeks": 4,
          "history": {
            "weeklyLoadsAu": [1800, 1900, 2000],
            "weeklyRunMinutes": [100, 110, 120]
          }
        }
        """)!.AsObject();

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode body) =>
        PostRawAsync(client, body.ToJsonString());

    public static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string json) =>
        client.PostAsync(Path, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return document.RootElement.Clone();
    }

    /// <summary>The problem's validation errors, keyed by JSON field path.</summary>
    public static async Task<Dictionary<string, string[]>> ReadErrorsAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }
}
