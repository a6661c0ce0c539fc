using System.Net;
using System.Text.Json;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

public class PlanPreviewContractTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Preview_IssueExample_AnswersTheSpecifiedNumbers()
    {
        using var client = CreateClient();

        var response = await PlanPreviewApi.PostAsync(client, PlanPreviewApi.ExampleRequest());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        var block = await PlanPreviewApi.ReadJsonAsync(response);
        block.GetProperty("vdot").GetDouble().ShouldBe(43.4);
        block.GetProperty("proteinGramsPerDay").GetInt32().ShouldBe(131);
        var maxes = block.GetProperty("trainingMaxesKg");
        maxes.GetProperty("squat").GetDecimal().ShouldBe(126.0m);
        maxes.GetProperty("benchPress").GetDecimal().ShouldBe(91.2m);
        maxes.GetProperty("deadlift").GetDecimal().ShouldBe(162.0m);
        maxes.GetProperty("overheadPress").GetDecimal().ShouldBe(54.0m);
        var paces = block.GetProperty("paces");
        Pace(paces.GetProperty("recovery")).ShouldBe((365, 394));
        Pace(paces.GetProperty("steady")).ShouldBe((329, 365));
        paces.GetProperty("repetitionSecondsPerKm").GetInt32().ShouldBe(247);
    }

    [Fact]
    public async Task Preview_IssueExample_WeeksAndSessionsFollowTheContract()
    {
        using var client = CreateClient();

        var block = await PlanPreviewApi.ReadJsonAsync(await PlanPreviewApi.PostAsync(client, PlanPreviewApi.ExampleRequest()));

        var weeks = block.GetProperty("weeks").EnumerateArray().ToList();
        weeks.Select(w => w.GetProperty("programWeek").GetInt32()).ShouldBe([1, 2, 3, 4]);
        weeks.Select(w => w.GetProperty("waveWeek").GetInt32()).ShouldAllBe(wave => wave >= 1 && wave <= 4);
        weeks[0].GetProperty("startDate").GetString().ShouldBe("2026-11-23");
        weeks[3].GetProperty("startDate").GetString().ShouldBe("2026-12-14");
        var sessions = weeks.SelectMany(w => w.GetProperty("sessions").EnumerateArray()).ToList();
        var dates = sessions.Select(s => s.GetProperty("date").GetString()!).ToList();
        dates.ShouldBe(dates.Order(StringComparer.Ordinal).ToList());
        dates.Distinct().Count().ShouldBe(dates.Count);
        foreach (var week in weeks)
        {
            var weekSessions = week.GetProperty("sessions").EnumerateArray().ToList();
            week.GetProperty("plannedLoadAu").GetInt32().ShouldBe(weekSessions.Sum(s => s.GetProperty("loadAu").GetInt32()));
        }

        sessions.ShouldAllBe(s => s.GetProperty("why").GetArrayLength() >= 1 && s.GetProperty("why").GetArrayLength() <= 3);
        sessions.Where(s => s.GetProperty("kind").GetString() == "Run").ShouldAllBe(s =>
            s.GetProperty("run").ValueKind == JsonValueKind.Object && s.GetProperty("liftFocus").ValueKind == JsonValueKind.Null);
        var lifts = sessions.Where(s => s.GetProperty("kind").GetString() == "Lift").ToList();
        lifts.ShouldNotBeEmpty();
        lifts.ShouldAllBe(s => s.GetProperty("run").ValueKind == JsonValueKind.Null && s.GetProperty("exercises").GetArrayLength() > 0);
        var weights = lifts.SelectMany(s => s.GetProperty("exercises").EnumerateArray())
            .SelectMany(e => e.GetProperty("sets").EnumerateArray())
            .Select(set => set.GetProperty("weightKg"))
            .Where(kg => kg.ValueKind == JsonValueKind.Number)
            .Select(kg => kg.GetDecimal())
            .ToList();
        weights.ShouldNotBeEmpty();
        weights.ShouldAllBe(kg => kg % 2.5m == 0);
        var warnings = block.GetProperty("warnings").EnumerateArray().ToList();
        warnings.ShouldAllBe(w => w.GetProperty("rule").GetString()!.StartsWith('R') && w.GetProperty("message").GetString()!.Length > 0);
        // The preview takes no shoes, so the engine always asks for a pair (R28).
        warnings.Select(w => w.GetProperty("rule").GetString()).ShouldContain("R28");
    }

    [Fact]
    public async Task Preview_FirstSquatSession_LoadsFollowTheTrainingMax()
    {
        using var client = CreateClient();

        var block = await PlanPreviewApi.ReadJsonAsync(await PlanPreviewApi.PostAsync(client, PlanPreviewApi.ExampleRequest()));

        var squat = block.GetProperty("weeks")[0].GetProperty("sessions").EnumerateArray()
            .SelectMany(s => s.GetProperty("exercises").EnumerateArray())
            .First(e => e.GetProperty("mainLift").GetString() == "Squat" && e.GetProperty("role").GetString() == "Main");
        var firstSet = squat.GetProperty("sets")[0];
        // Week 1 of 5/3/1 opens at 65 % of the 126 kg training max: 81.9 → 82.5 kg (R20, R21).
        firstSet.GetProperty("percentOfTrainingMax").GetInt32().ShouldBe(65);
        firstSet.GetProperty("weightKg").GetDecimal().ShouldBe(82.5m);
        firstSet.GetProperty("reps").GetInt32().ShouldBe(5);
        firstSet.GetProperty("amrap").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Preview_WithoutFiveKmTime_HasNoVdotPacesOrRunPace()
    {
        using var client = CreateClient();
        var request = PlanPreviewApi.ExampleRequest();
        request.Remove("fiveKmTime");

        var response = await PlanPreviewApi.PostAsync(client, request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var block = await PlanPreviewApi.ReadJsonAsync(response);
        block.GetProperty("vdot").ValueKind.ShouldBe(JsonValueKind.Null);
        block.GetProperty("paces").ValueKind.ShouldBe(JsonValueKind.Null);
        var runs = block.GetProperty("weeks").EnumerateArray()
            .SelectMany(w => w.GetProperty("sessions").EnumerateArray())
            .Where(s => s.GetProperty("kind").GetString() == "Run")
            .ToList();
        runs.ShouldNotBeEmpty();
        runs.ShouldAllBe(s => s.GetProperty("run").GetProperty("pace").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Preview_OnlyRequiredFields_AnswersAFourWeekBlock()
    {
        using var client = CreateClient();
        var request = PlanPreviewApi.ExampleRequest();
        foreach (var optional in new[] { "birthYear", "restingHeartRate", "fiveKmTime", "weeks", "history" })
        {
            request.Remove(optional).ShouldBeTrue();
        }

        var response = await PlanPreviewApi.PostAsync(client, request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PlanPreviewApi.ReadJsonAsync(response)).GetProperty("weeks").GetArrayLength().ShouldBe(4);
    }

    [Fact]
    public async Task Preview_UnknownFields_AreIgnored()
    {
        using var client = CreateClient();
        var request = PlanPreviewApi.ExampleRequest();
        request["favouriteColour"] = "green";
        request["lifts"]!["squat"]!["tempo"] = "3-1-1";

        var response = await PlanPreviewApi.PostAsync(client, request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static (int Fast, int Slow) Pace(JsonElement range) =>
        (range.GetProperty("fastSecondsPerKm").GetInt32(), range.GetProperty("slowSecondsPerKm").GetInt32());
}
