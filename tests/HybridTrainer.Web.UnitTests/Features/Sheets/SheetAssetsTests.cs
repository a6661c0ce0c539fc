using AngleSharp.Html.Parser;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Components;

namespace HybridTrainer.Web.UnitTests.Features.Sheets;

/// <summary>The printed sheets link their stylesheet and script by the fingerprinted addresses pages use.</summary>
public class SheetAssetsTests
{
    private static readonly ResourceAssetCollection Assets = new(
    [
        new ResourceAsset("sheets.abc123.css", [new ResourceAssetProperty("label", "sheets.css")]),
        new ResourceAsset("js/theme.def456.js", [new ResourceAssetProperty("label", "js/theme.js")]),
    ]);

    [Fact]
    public void Document_WithTheAppsAssets_LinksTheFingerprintedFiles()
    {
        using var html = new StringWriter();
        SheetHtml.WriteStart(html, Monday, 1, StaticLocalizers.For<SheetText>(), Assets);
        SheetHtml.WriteEnd(html, Assets);

        var document = new HtmlParser().ParseDocument(html.ToString());

        document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href").ShouldBe("sheets.abc123.css");
        document.QuerySelector("script")!.GetAttribute("src").ShouldBe("js/theme.def456.js");
    }

    private static DateOnly Monday => new(2026, 11, 23);
}
