using System.Net;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>No lost updates: two edits of the same session from the same version race; exactly one wins, every time.</summary>
public class ConcurrentEditTests(HostFixture host) : HostTest(host)
{
    private const int Pairs = 1_000;

    [Fact]
    public async Task AThousandPairedConcurrentMoves_EachHaveExactlyOneWinner_AndTheLoserGets409()
    {
        var scenario = new ApiScenario(App);
        var planned = await scenario.PlannedAthleteAsync();
        using var first = await scenario.ClientAsync(planned.UserId);
        using var second = await scenario.ClientAsync(planned.UserId);
        var sessionId = planned.Sessions[0].Id;
        var days = new[] { ApiScenario.NextMonday.AddDays(7 * 20), ApiScenario.NextMonday.AddDays(7 * 20 + 2) };
        var overwrites = 0;

        for (var pair = 0; pair < Pairs; pair++)
        {
            var version = await scenario.VersionOfAsync(sessionId);
            var answers = await Task.WhenAll(
                MoveAsync(first, sessionId, days[0], version),
                MoveAsync(second, sessionId, days[1], version));

            answers.Select(a => a.Status).Order().ToArray().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict], $"pair {pair}");
            var winner = answers.Single(a => a.Status == HttpStatusCode.OK).Day;
            await using var db = App.CreateDbContext();
            var stored = await db.PlannedSessions.Where(s => s.Id == sessionId).Select(s => s.Date).SingleAsync(TestContext.Current.CancellationToken);
            overwrites += stored == winner ? 0 : 1;
        }

        overwrites.ShouldBe(0);
    }

    private static async Task<(HttpStatusCode Status, DateOnly Day)> MoveAsync(HttpClient client, Guid sessionId, DateOnly day, uint version)
    {
        using var response = await client.PostAsync(
            $"/api/v1/sessions/{sessionId}/move",
            ApiScenario.Json(new { date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), confirm = true, version }),
            TestContext.Current.CancellationToken);
        return (response.StatusCode, day);
    }
}
