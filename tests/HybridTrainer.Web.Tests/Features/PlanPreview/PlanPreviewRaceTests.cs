using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HybridTrainer.Domain.Time;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

/// <summary>The preview with a race: a block to race day with phases, the race and its shakeout, and R31/R39's refusals by field.</summary>
public class PlanPreviewRaceTests(HostFixture host) : HostTest(host)
{
    private static readonly DateOnly Start = LocalDays.MondayOf(TestClock.Today).AddDays(7);

    /// <summary>Sunday of week 16 from <see cref="Start"/>.</summary>
    private static readonly DateOnly MarathonDay = Start.AddDays((15 * 7) + 6);

    [Fact]
    public async Task Preview_Marathon16WeeksOut_PlansPhasesTheRaceOnRaceDayAndAShakeoutTheDayBefore()
    {
        using var client = CreateClient();

        var response = await PlanPreviewApi.PostAsync(client, RaceRequest("Marathon", MarathonDay));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var block = await PlanPreviewApi.ReadJsonAsync(response);
        var weeks = block.GetProperty("weeks").EnumerateArray().ToList();
        weeks.Count.ShouldBe(16);
        // R32: taper 3 weeks, base ⌈40 % × 13⌉ = 6, build the rest.
        weeks.Select(w => w.GetProperty("phase").GetString()).ShouldBe([.. Enumerable.Repeat("Base", 6), .. Enumerable.Repeat("Build", 7), .. Enumerable.Repeat("Taper", 3)]);
        var sessions = weeks.SelectMany(w => w.GetProperty("sessions").EnumerateArray()).ToList();
        var race = sessions.Where(s => s.GetProperty("runType").GetString() == "Race").ShouldHaveSingleItem();
        race.GetProperty("date").GetString().ShouldBe(Iso(MarathonDay));
        race.GetProperty("run").GetProperty("racePace").GetProperty("fastSecondsPerKm").GetInt32().ShouldBeGreaterThan(0);
        race.GetProperty("run").GetProperty("fuellingNote").GetString().ShouldNotBeNullOrEmpty();
        sessions.Single(s => s.GetProperty("date").GetString() == Iso(MarathonDay.AddDays(-1))).GetProperty("runType").GetString().ShouldBe("Shakeout");
        var summary = block.GetProperty("race");
        summary.GetProperty("distance").GetString().ShouldBe("Marathon");
        summary.GetProperty("date").GetString().ShouldBe(Iso(MarathonDay));
        // G's worked check: VDOT 43.4 predicts the marathon in 3:34:42.6, written to the nearest second.
        summary.GetProperty("predictedTime").GetString().ShouldBe("3:34:43");
        summary.GetProperty("goalPaceUsed").GetBoolean().ShouldBeFalse();
        summary.TryGetProperty("goalTime", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Preview_MarathonBuild_LongRunCarriesItsRacePaceSegmentAndFuelling()
    {
        using var client = CreateClient();

        var block = await PlanPreviewApi.ReadJsonAsync(await PlanPreviewApi.PostAsync(client, RaceRequest("Marathon", MarathonDay)));

        var longRuns = block.GetProperty("weeks").EnumerateArray().SelectMany(w => w.GetProperty("sessions").EnumerateArray())
            .Where(s => s.GetProperty("runType").GetString() == "Long").Select(s => s.GetProperty("run")).ToList();
        longRuns.ShouldNotBeEmpty();
        var segment = longRuns.First(r => r.TryGetProperty("racePaceMinutes", out _));
        segment.GetProperty("racePaceMinutes").GetInt32().ShouldBeInRange(20, 60);
        var pace = segment.GetProperty("racePace");
        pace.GetProperty("fastSecondsPerKm").GetInt32().ShouldBeLessThanOrEqualTo(pace.GetProperty("slowSecondsPerKm").GetInt32());
        longRuns.Any(r => r.TryGetProperty("fuellingNote", out var note) && note.GetString()!.Contains("carbohydrate", StringComparison.Ordinal)).ShouldBeTrue();
    }

    [Fact]
    public async Task Preview_GoalWithinReach_UsesTheGoalPaceAndEchoesTheGoal()
    {
        using var client = CreateClient();

        var block = await PlanPreviewApi.ReadJsonAsync(await PlanPreviewApi.PostAsync(client, RaceRequest("Marathon", MarathonDay, goalTime: "3:30:00")));

        var race = block.GetProperty("race");
        race.GetProperty("goalTime").GetString().ShouldBe("3:30:00");
        race.GetProperty("goalPaceUsed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Preview_WeeksAgreeingWithTheRace_IsAccepted()
    {
        using var client = CreateClient();
        var request = RaceRequest("Marathon", MarathonDay);
        request["weeks"] = 16;

        (await PlanPreviewApi.PostAsync(client, request)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Preview_WeeksDisagreeingWithTheRace_IsAFieldErrorSayingHowManyWeeks()
    {
        using var client = CreateClient();
        var request = RaceRequest("Marathon", MarathonDay);
        request["weeks"] = 12;

        var message = await SingleErrorAsync(client, request, "weeks");

        message.ShouldContain("16 weeks");
    }

    [Fact]
    public async Task Preview_RaceTooNear_NamesRaceDateAndTheEarliestDateThatWorks()
    {
        using var client = CreateClient();

        var message = await SingleErrorAsync(client, RaceRequest("Marathon", Start.AddDays(8 * 7)), "race.date");

        message.ShouldContain("12 weeks");
        message.ShouldContain($"on or after {Iso(Start.AddDays(11 * 7))}");
    }

    [Fact]
    public async Task Preview_RaceTooFar_NamesRaceDateAndTheLatestDateThatWorks()
    {
        using var client = CreateClient();

        var message = await SingleErrorAsync(client, RaceRequest("HalfMarathon", Start.AddDays(30 * 7)), "race.date");

        message.ShouldContain("at most 24");
        message.ShouldContain($"on or before {Iso(Start.AddDays((24 * 7) - 1))}");
    }

    [Fact]
    public async Task Preview_RaceInThePast_IsARaceDateError()
    {
        using var client = CreateClient();
        var request = RaceRequest("FiveK", TestClock.Today.AddDays(-3));
        request["startDate"] = Iso(TestClock.Today.AddDays(-70));

        (await SingleErrorAsync(client, request, "race.date")).ShouldContain("in the past");
    }

    [Fact]
    public async Task Preview_MarathonOnFourDays_NamesAvailableDaysAndHowManyToAdd()
    {
        using var client = CreateClient();
        var request = RaceRequest("Marathon", MarathonDay);
        request["availableDays"] = new JsonArray("Monday", "Wednesday", "Friday", "Saturday");

        var message = await SingleErrorAsync(client, request, "availableDays");

        message.ShouldContain("3 runs a week");
        message.ShouldContain("add 1 day");
    }

    [Fact]
    public async Task Preview_RaceWithoutFiveKmTime_AsksForOne()
    {
        using var client = CreateClient();
        var request = RaceRequest("TenK", Start.AddDays((9 * 7) + 5));
        request.Remove("fiveKmTime");

        (await SingleErrorAsync(client, request, "fiveKmTime")).ShouldContain("5 km race or time trial");
    }

    [Theory]
    [InlineData("distance", "\"Ultra\"", "race.distance", "FiveK, TenK, HalfMarathon or Marathon")]
    [InlineData("distance", null, "race.distance", "required")]
    [InlineData("date", "\"25/04/2027\"", "race.date", "yyyy-MM-dd")]
    [InlineData("date", "\"2027-02-30\"", "race.date", "yyyy-MM-dd")]
    [InlineData("goalTime", "\"3h30\"", "race.goalTime", "h:mm:ss")]
    [InlineData("goalTime", "\"1:59:00\"", "race.goalTime", "2:00:35 (the world record)")]
    [InlineData("goalTime", "\"10:00:01\"", "race.goalTime", "and 10:00:00")]
    public async Task Preview_BadRaceField_IsAFieldErrorSayingWhatWorks(string field, string? json, string key, string expected)
    {
        using var client = CreateClient();
        var request = RaceRequest("Marathon", MarathonDay);
        request["race"]![field] = json is null ? null : JsonNode.Parse(json);

        (await SingleErrorAsync(client, request, key)).ShouldContain(expected);
    }

    [Theory]
    [InlineData("FiveK", "12:34", "12:35")]
    [InlineData("TenK", "2:22:13", "2:22:12")]
    [InlineData("HalfMarathon", "57:29", "57:30")]
    public async Task Preview_GoalOutsideTheScaledBounds_IsAGoalTimeError(string distance, string goal, string bound)
    {
        using var client = CreateClient();

        (await SingleErrorAsync(client, RaceRequest(distance, Start.AddDays((13 * 7) + 6), goal), "race.goalTime")).ShouldContain(bound);
    }

    [Fact]
    public async Task Preview_SlowestAllowedMarathonGoal_PlansTheBlock()
    {
        using var client = CreateClient();

        var response = await PlanPreviewApi.PostAsync(client, RaceRequest("Marathon", MarathonDay, "10:00:00"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PlanPreviewApi.ReadJsonAsync(response)).GetProperty("race").GetProperty("goalPaceUsed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Preview_WithoutRace_AnswersNoRacePhaseOrRaceFields()
    {
        using var client = CreateClient();

        var json = await (await PlanPreviewApi.PostAsync(client, PlanPreviewApi.ExampleRequest())).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(json);
        document.RootElement.TryGetProperty("race", out _).ShouldBeFalse();
        foreach (var name in new[] { "\"phase\"", "\"racePaceMinutes\"", "\"racePace\"", "\"fuellingNote\"", "\"Long\"", "\"Race\"" })
        {
            json.ShouldNotContain(name);
        }
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheRaceItsDistancesAndTheWeeksPhase()
    {
        using var client = CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("PlanPreviewRequest").GetProperty("properties").TryGetProperty("race", out _).ShouldBeTrue();
        var race = schemas.GetProperty("PlanPreviewRace").GetProperty("properties");
        race.GetProperty("distance").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ShouldBe(["FiveK", "TenK", "HalfMarathon", "Marathon"]);
        race.GetProperty("date").GetProperty("format").GetString().ShouldBe("date");
        race.GetProperty("goalTime").TryGetProperty("pattern", out _).ShouldBeTrue();
        schemas.GetProperty("PlanPreviewResponse").GetProperty("properties").TryGetProperty("race", out _).ShouldBeTrue();
        schemas.GetProperty("PlanPreviewWeek").GetProperty("properties").TryGetProperty("phase", out _).ShouldBeTrue();
        schemas.GetProperty("PlanPreviewRun").GetProperty("properties").TryGetProperty("racePaceMinutes", out _).ShouldBeTrue();
        var runTypes = document.RootElement.ToString();
        foreach (var kind in new[] { "VO2Intervals", "Shakeout", "Tempo", "Taper" })
        {
            runTypes.ShouldContain($"\"{kind}\"");
        }
    }

    private static JsonObject RaceRequest(string distance, DateOnly date, string? goalTime = null)
    {
        var request = PlanPreviewApi.ExampleRequest();
        request.Remove("weeks");
        request["startDate"] = Iso(Start);
        var race = new JsonObject { ["distance"] = distance, ["date"] = Iso(date) };
        if (goalTime is not null)
        {
            race["goalTime"] = goalTime;
        }

        request["race"] = race;
        return request;
    }

    private static async Task<string> SingleErrorAsync(HttpClient client, JsonNode request, string key)
    {
        var response = await PlanPreviewApi.PostAsync(client, request);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var errors = await PlanPreviewApi.ReadErrorsAsync(response);
        errors.Keys.ShouldBe([key]);
        return errors[key].ShouldHaveSingleItem();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
