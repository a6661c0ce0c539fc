using System.Net;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>An API client asking for Spanish reads the exports' and the athlete gate's refusals in Spanish.</summary>
public sealed class ExportLanguageTests(HostFixture host) : HostTest(host)
{
    [Theory]
    [InlineData("sessions.csv", "Las exportaciones son para el atleta y su entrenador.")]
    [InlineData("all.json", "La exportación completa contiene datos de salud: solo la reciben el atleta y su entrenador.")]
    [InlineData("recovery.csv", "La recuperación, la preparación y la carga son datos de salud: solo los ven el atleta y su entrenador.")]
    public async Task Exports_GymStaffAskingInSpanish_ReadTheRefusalInSpanish(string file, string detail)
    {
        var scenario = new ApiScenario(App);
        var member = await scenario.PlannedAthleteAsync();
        using var staff = await scenario.ClientAsync(await scenario.StaffOfAsync(member.Athlete.Id));
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await staff.GetAsync($"/api/v1/athletes/{member.Athlete.Id}/exports/{file}", TestContext.Current.CancellationToken);

        (await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden)).GetProperty("detail").GetString().ShouldBe(detail);
    }

    [Fact]
    public async Task Exports_GymStaffAskingInEnglish_ReadTheRefusalInEnglish()
    {
        var scenario = new ApiScenario(App);
        var member = await scenario.PlannedAthleteAsync();
        using var staff = await scenario.ClientAsync(await scenario.StaffOfAsync(member.Athlete.Id));

        var response = await staff.GetAsync($"/api/v1/athletes/{member.Athlete.Id}/exports/sessions.csv", TestContext.Current.CancellationToken);

        (await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden)).GetProperty("detail").GetString().ShouldBe("Exports are for the athlete and their coach.");
    }
}
