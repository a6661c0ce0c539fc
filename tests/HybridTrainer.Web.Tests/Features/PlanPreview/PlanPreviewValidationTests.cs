using System.Net;
using System.Text.Json.Nodes;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

public class PlanPreviewValidationTests(HostFixture host) : HostTest(host)
{
    [Theory]
    [InlineData("bodyWeightKg", "20", "bodyWeightKg")]
    [InlineData("bodyWeightKg", null, "bodyWeightKg")]
    [InlineData("restingHeartRate", "20", "restingHeartRate")]
    [InlineData("runningBaseWeeks", "-1", "runningBaseWeeks")]
    [InlineData("birthYear", "2024", "birthYear")]
    [InlineData("fiveKmTime", "\"22.30\"", "fiveKmTime")]
    [InlineData("fiveKmTime", "\"11:59\"", "fiveKmTime")]
    [InlineData("fiveKmTime", "\"1:00:01\"", "fiveKmTime")]
    [InlineData("lifts", null, "lifts")]
    [InlineData("lifts.squat", null, "lifts.squat")]
    [InlineData("lifts.squat.oneRepMaxKg", "0", "lifts.squat.oneRepMaxKg")]
    [InlineData("lifts.benchPress.reps", "11", "lifts.benchPress.reps")]
    [InlineData("lifts.deadlift", """{ "oneRepMaxKg": 180, "weightKg": 150, "reps": 5 }""", "lifts.deadlift")]
    [InlineData("lifts.overheadPress", """{ "weightKg": 50 }""", "lifts.overheadPress.reps")]
    [InlineData("availableDays", """["Monday", "Thursday"]""", "availableDays")]
    [InlineData("availableDays", """["Monday", "Monday", "Thursday"]""", "availableDays")]
    [InlineData("availableDays", "[1, 3, 9]", "availableDays")]
    [InlineData("startDate", null, "startDate")]
    [InlineData("weeks", "17", "weeks")]
    [InlineData("weeks", "0", "weeks")]
    [InlineData("history.weeklyLoadsAu", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]", "history.weeklyLoadsAu")]
    [InlineData("history.weeklyRunMinutes", "[100, -5]", "history.weeklyRunMinutes[1]")]
    public async Task Preview_InvalidField_Answers400KeyedByItsJsonPath(string path, string? json, string expectedKey)
    {
        using var client = CreateClient();
        var request = PlanPreviewApi.ExampleRequest();
        Set(request, path, json);

        var response = await PlanPreviewApi.PostAsync(client, request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var errors = await PlanPreviewApi.ReadErrorsAsync(response);
        errors.Keys.ShouldBe([expectedKey]);
        errors[expectedKey].ShouldAllBe(message => message.Length > 0);
    }

    [Fact]
    public async Task Preview_SeveralInvalidFields_ReportsEachOnce()
    {
        using var client = CreateClient();
        var request = PlanPreviewApi.ExampleRequest();
        Set(request, "bodyWeightKg", "301");
        Set(request, "lifts.benchPress.reps", "0");
        Set(request, "weeks", "20");

        var errors = await PlanPreviewApi.ReadErrorsAsync(await PlanPreviewApi.PostAsync(client, request));

        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["bodyWeightKg", "lifts.benchPress.reps", "weeks"]);
        errors.Values.ShouldAllBe(messages => messages.Length == 1);
    }

    /// <summary>Sets (or, with null, removes) the value at a dotted path of the request.</summary>
    private static void Set(JsonObject request, string path, string? json)
    {
        var names = path.Split('.');
        var parent = names[..^1].Aggregate(request, (node, name) => node[name]!.AsObject());
        if (json is null)
        {
            parent.Remove(names[^1]).ShouldBeTrue();
        }
        else
        {
            parent[names[^1]] = JsonNode.Parse(json);
        }
    }
}
