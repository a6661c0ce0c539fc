using System.Text.Json;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

/// <summary>The preview's why lines come in the language the API client asks for, English when it asks for none.</summary>
public class PlanPreviewWhyLanguageTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Preview_AcceptLanguageSpanish_WordsEveryWhyLineInSpanish()
    {
        using var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-ES");

        var lines = WhyLines(await PlanPreviewApi.ReadJsonAsync(await PlanPreviewApi.PostAsync(client, PlanPreviewApi.ExampleRequest())));

        var spanish = Worded(Languages.Spanish, includeEnglish: false);
        lines.ShouldNotBeEmpty();
        lines.Where(line => !spanish.Contains(line)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Preview_NoLanguageAsked_WordsTheWhyLinesInEnglish()
    {
        using var client = CreateClient();

        var lines = WhyLines(await PlanPreviewApi.ReadJsonAsync(await PlanPreviewApi.PostAsync(client, PlanPreviewApi.ExampleRequest())));

        lines.ShouldContain("Hill repeats this week instead of sprints: the quality run alternates weekly (R3).");
        lines.Where(line => Worded(Languages.Spanish, includeEnglish: false).Contains(line)).ShouldBeEmpty();
    }

    private static List<string> WhyLines(JsonElement block) =>
        [.. block.GetProperty("weeks").EnumerateArray()
            .SelectMany(w => w.GetProperty("sessions").EnumerateArray())
            .SelectMany(s => s.GetProperty("why").EnumerateArray())
            .Select(line => line.GetString()!)];

    private static HashSet<string> Worded(string language, bool includeEnglish)
    {
        using (Languages.Use(language))
        {
            return [.. StaticLocalizers.For<WhyText>().GetAllStrings(includeEnglish).Select(s => s.Value)];
        }
    }
}
