using System.Net;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>
/// Every endpoint that takes a body answers a broken one with a 400 problem saying what is wrong, never a 500 (one past
/// its size limit gets 413: RequestBodyLimitTests).
/// </summary>
public class ApiBodyTests(HostFixture host) : HostTest(host)
{
    public static TheoryData<string, string, string> BrokenBodies()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var endpoint in new[] { "POST blocks", "POST recovery", "POST move", "PUT log" })
        {
            data.Add(endpoint, """{ "date": """, "not valid JSON");
            data.Add(endpoint, "", "empty");
            data.Add(endpoint, "\"just a string\"", "JSON object");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenBodies))]
    public async Task BrokenBody_Answers400ProblemWithDetail(string endpoint, string body, string detailMentions)
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        var (method, path) = endpoint switch
        {
            "POST blocks" => (HttpMethod.Post, $"/api/v1/athletes/{me.Athlete.Id}/blocks"),
            "POST recovery" => (HttpMethod.Post, $"/api/v1/athletes/{me.Athlete.Id}/recovery"),
            "POST move" => (HttpMethod.Post, $"/api/v1/sessions/{me.Sessions[0].Id}/move"),
            _ => (HttpMethod.Put, $"/api/v1/sessions/{me.Sessions[0].Id}/log"),
        };
        using var request = new HttpRequestMessage(method, path) { Content = ApiScenario.Json(body) };

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain(detailMentions);
    }

    [Theory]
    [InlineData("blocks", """{ "startDate": "next monday", "weeks": 4 }""", "startDate")]
    [InlineData("blocks", """{ "startDate": "2030-01-07", "weeks": "four" }""", "weeks")]
    [InlineData("recovery", """{ "sleepHours": 7, "fatigue": "tired" }""", "fatigue")]
    public async Task WrongType_Answers400KeyedByTheField(string resource, string body, string field)
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);

        var response = await client.PostAsync($"/api/v1/athletes/{me.Athlete.Id}/{resource}", ApiScenario.Json(body), TestContext.Current.CancellationToken);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }
}
