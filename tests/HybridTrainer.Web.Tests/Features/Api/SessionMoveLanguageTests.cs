using System.Globalization;
using System.Net;
using System.Text.Json;
using HybridTrainer.Data.Planning;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>The plan checker's findings a refused move answers with, in the language the script asks for.</summary>
public class SessionMoveLanguageTests(HostFixture host) : HostTest(host)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task Move_BreakingR5AskedInEnglish_NamesTheFindingAsTheCheckerAlwaysWroteIt()
    {
        var (problem, anchor, target) = await RefusedMoveAsync("en-GB");

        Findings(problem).ShouldContain(("R5",
            $"Two hard-on-legs sessions on {anchor.ToString("ddd d MMM", English)} and {target.ToString("ddd d MMM", English)} leave no easy day between them; move one so a rest or easy day separates them."));
    }

    [Fact]
    public async Task Move_BreakingR5AskedInSpanish_NamesTheFindingInSpanish()
    {
        var (problem, anchor, target) = await RefusedMoveAsync("es");

        var spanish = CultureInfo.GetCultureInfo("es");
        Findings(problem).ShouldContain(("R5",
            $"Dos sesiones duras para las piernas el {anchor.ToString("ddd d MMM", spanish)} y el {target.ToString("ddd d MMM", spanish)} no dejan un día suave entre ellas; mueve una para que las separe un día de descanso o suave."));
    }

    private async Task<(JsonElement Problem, DateOnly Anchor, DateOnly Target)> RefusedMoveAsync(string language)
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var hard = me.Sessions.Where(s => s.HardOnLegs).ToList();
        hard.Count.ShouldBeGreaterThanOrEqualTo(2);
        PlannedSession moving = hard[^1];
        var target = hard[0].Date.AddDays(1);

        var response = await client.PostAsync(
            $"/api/v1/sessions/{moving.Id}/move",
            ApiScenario.Json(new { date = target.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), version = moving.Version }),
            TestContext.Current.CancellationToken);

        return (await ApiScenario.ProblemAsync(response, HttpStatusCode.Conflict), hard[0].Date, target);
    }

    private static List<(string?, string?)> Findings(JsonElement problem) =>
        [.. problem.GetProperty("violations").EnumerateArray().Select(v => (v.GetProperty("rule").GetString(), v.GetProperty("message").GetString()))];
}
