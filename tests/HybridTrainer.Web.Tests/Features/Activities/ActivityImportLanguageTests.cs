using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Activities;

/// <summary>An API client asking for Spanish reads why a file was refused in Spanish; English stays the default.</summary>
public class ActivityImportLanguageTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly byte[] NotAGpx = Encoding.UTF8.GetBytes("<html><body>hola</body></html>");

    [Fact]
    public async Task Import_AFileThatIsNotAGpx_WithAcceptLanguageSpanish_Answers400WithTheSpanishReason()
    {
        var (client, athleteId) = await AthleteAsync();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("es-ES"));

        var problem = await ApiScenario.ProblemAsync(await UploadAsync(client, athleteId, "ruta.gpx", NotAGpx), HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("file")[0].GetString()
            .ShouldBe("ruta.gpx: No es un archivo GPX: su elemento raíz es <html>, no <gpx>.");
        await using var db = App.CreateDbContext();
        (await db.Activities.AnyAsync(Cancel)).ShouldBeFalse();
    }

    [Fact]
    public async Task Import_AFileThatIsNotAGpx_WithoutALanguage_Answers400InEnglish()
    {
        var (client, athleteId) = await AthleteAsync();

        var problem = await ApiScenario.ProblemAsync(await UploadAsync(client, athleteId, "route.gpx", NotAGpx), HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("file")[0].GetString()
            .ShouldBe("route.gpx: This is not a GPX file: its root element is <html>, not <gpx>.");
    }

    [Fact]
    public async Task Import_AnEmptyFile_WithAcceptLanguageSpanish_SaysItIsEmptyInSpanish()
    {
        var (client, athleteId) = await AthleteAsync();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("es"));

        var problem = await ApiScenario.ProblemAsync(await UploadAsync(client, athleteId, "vacio.fit", []), HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("file")[0].GetString().ShouldBe("vacio.fit: el archivo está vacío.");
    }

    private async Task<(HttpClient Client, Guid AthleteId)> AthleteAsync()
    {
        var scenario = new ApiScenario(App);
        var planned = await scenario.PlannedAthleteAsync();
        return (await scenario.ClientAsync(planned.UserId), planned.Athlete.Id);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid athleteId, string fileName, byte[] content)
    {
        using var body = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "file", fileName);
        return await client.PostAsync($"/api/v1/athletes/{athleteId}/activities", body, Cancel);
    }
}
