using System.Globalization;
using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>
/// A race block saved through the plans API, as through the plan page: the race object and its refusals are the plan
/// preview's (R31), each under the JSON field the client sent.
/// </summary>
public class RaceBlockApiTests(HostFixture host) : HostTest(host)
{
    private static readonly DateOnly Start = ApiScenario.NextMonday;
    private static readonly DateOnly MarathonDay = Start.AddDays((15 * 7) + 6);

    [Fact]
    public async Task SaveBlock_WithARace_SavesTheRaceBlockToTheRaceWeek()
    {
        var (client, athleteId) = await AthleteClientAsync();

        var saved = await ApiScenario.ReadAsync(
            await client.PostAsync(Blocks(athleteId), Body($$"""{"distance":"Marathon","date":"{{Day(MarathonDay)}}","goalTime":"3:40:00"}"""), Ct), HttpStatusCode.Created);

        var block = await ApiScenario.ReadAsync(await client.GetAsync($"{Blocks(athleteId)}/{saved.GetProperty("blockId").GetGuid()}", Ct), HttpStatusCode.OK);
        block.GetProperty("weeks").GetInt32().ShouldBe(16);
        block.GetProperty("snapshot").GetProperty("predictedRaceSeconds").GetDouble().ShouldBe(12882.6, 0.1);
        await using var db = App.CreateDbContext();
        var stored = await db.TrainingBlocks.SingleAsync(b => b.AthleteId == athleteId, Ct);
        (stored.RaceDistance, stored.RaceDate, stored.RaceGoalTime).ShouldBe((RaceDistance.Marathon, MarathonDay, TimeSpan.FromMinutes(220)));
    }

    [Fact]
    public async Task SaveBlock_WithARace_PutsTheRaceInTheRaceWeek()
    {
        var (client, athleteId) = await AthleteClientAsync();
        (await client.PostAsync(Blocks(athleteId), Body($$"""{"distance":"Marathon","date":"{{Day(MarathonDay)}}"}"""), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var week = await ApiScenario.ReadAsync(await client.GetAsync($"/api/v1/athletes/{athleteId}/weeks/{Day(MarathonDay)}", Ct), HttpStatusCode.OK);

        var race = week.GetProperty("sessions").EnumerateArray().Where(s => s.GetProperty("runType").GetString() == "Race").ShouldHaveSingleItem();
        race.GetProperty("date").GetString().ShouldBe(Day(MarathonDay));
    }

    [Fact]
    public async Task SaveBlock_WithoutARace_StillSavesAnOpenBlock()
    {
        var (client, athleteId) = await AthleteClientAsync();

        var response = await client.PostAsync(Blocks(athleteId), ApiScenario.Json($$"""{"startDate":"{{Day(Start)}}","weeks":2}"""), Ct);

        await ApiScenario.ReadAsync(response, HttpStatusCode.Created);
        await using var db = App.CreateDbContext();
        var stored = await db.TrainingBlocks.SingleAsync(b => b.AthleteId == athleteId, Ct);
        (stored.Weeks, stored.RaceDistance).ShouldBe((2, null));
    }

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { """{"distance":"Ultra","date":"{race}"}""", "race.distance", "Unknown race distance 'Ultra'" },
        { """{"distance":"Marathon"}""", "race.date", "The race date is required" },
        { """{"distance":"Marathon","date":"25/04/2027"}""", "race.date", "Write the race date as yyyy-MM-dd" },
        { """{"distance":"Marathon","date":"{past}"}""", "race.date", "is in the past" },
        { """{"distance":"Marathon","date":"{soon}"}""", "race.date", "A marathon needs at least 12 weeks of preparation" },
        { """{"distance":"FiveK","date":"{far}"}""", "race.date", "a race block covers at most 24" },
        { """{"distance":"Marathon","date":"{race}","goalTime":"3h40"}""", "race.goalTime", "Write the goal time as h:mm:ss" },
        { """{"distance":"Marathon","date":"{race}","goalTime":"1:59:00"}""", "race.goalTime", "2:00:35" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task SaveBlock_RaceRefused_Answers400WithTheFieldErrorAndSavesNothing(string race, string field, string fragment)
    {
        var (client, athleteId) = await AthleteClientAsync();

        var response = await client.PostAsync(Blocks(athleteId), Body(Dated(race)), Ct);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe([field]);
        errors.GetProperty(field)[0].GetString().ShouldNotBeNull().ShouldContain(fragment);
        await using var db = App.CreateDbContext();
        (await db.TrainingBlocks.AnyAsync(b => b.AthleteId == athleteId, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task SaveBlock_WeeksDisagreeingWithTheRace_Answers400OnWeeks()
    {
        var (client, athleteId) = await AthleteClientAsync();

        var response = await client.PostAsync(
            Blocks(athleteId), ApiScenario.Json($$$"""{"startDate":"{{{Day(Start)}}}","weeks":4,"race":{"distance":"Marathon","date":"{{{Day(MarathonDay)}}}"}}"""), Ct);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("weeks")[0].GetString().ShouldNotBeNull().ShouldContain("the block runs 16 weeks");
    }

    [Fact]
    public async Task SaveBlock_RaceRefusedInSpanish_AnswersInSpanish()
    {
        var (client, athleteId) = await AthleteClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await client.PostAsync(Blocks(athleteId), Body($$"""{"distance":"Ultra","date":"{{Day(MarathonDay)}}"}"""), Ct);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("race.distance")[0].GetString().ShouldBe("Distancia de carrera desconocida 'Ultra': usa FiveK, TenK, HalfMarathon o Marathon.");
    }

    [Fact]
    public async Task SaveBlock_RaceTheProfileCannotCarry_Answers400UnderTheProfilesField()
    {
        var scenario = new ApiScenario(App);
        var user = await scenario.Data.UserAsync(AppRoles.Athlete);
        var athlete = await scenario.Data.CompleteAthleteAsync(user.Id, DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday);
        using var client = await scenario.ClientAsync(user.Id);

        var response = await client.PostAsync(Blocks(athlete.Id), Body($$"""{"distance":"Marathon","date":"{{Day(MarathonDay)}}"}"""), Ct);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["availableDays"]);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Client, Guid AthleteId)> AthleteClientAsync()
    {
        var scenario = new ApiScenario(App);
        var user = await scenario.Data.UserAsync(AppRoles.Athlete);
        var athlete = await scenario.Data.CompleteAthleteAsync(user.Id);
        return (await scenario.ClientAsync(user.Id), athlete.Id);
    }

    private static string Blocks(Guid athleteId) => $"/api/v1/athletes/{athleteId}/blocks";

    private static StringContent Body(string race) => ApiScenario.Json($$"""{"startDate":"{{Day(Start)}}","race":{{race}}}""");

    // The dates each refusal needs, from the test clock's today.
    private static string Dated(string race) => race
        .Replace("{race}", Day(MarathonDay), StringComparison.Ordinal)
        .Replace("{past}", Day(ApiScenario.Today.AddDays(-7)), StringComparison.Ordinal)
        .Replace("{soon}", Day(Start.AddDays(7 * 6)), StringComparison.Ordinal)
        .Replace("{far}", Day(Start.AddDays(7 * 30)), StringComparison.Ordinal);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
