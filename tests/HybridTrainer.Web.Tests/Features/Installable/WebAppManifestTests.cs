using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Installable;

/// <summary>What a phone's browser checks before it offers "Add to home screen".</summary>
public class WebAppManifestTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheManifest_IsServedToAnyone_AsAManifest()
    {
        using var response = await CreateClient().GetAsync("/manifest.webmanifest", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/manifest+json");
    }

    [Fact]
    public async Task TheManifest_HasWhatInstallingNeeds()
    {
        using var manifest = JsonDocument.Parse(await CreateClient().GetStringAsync("/manifest.webmanifest", Ct));
        var root = manifest.RootElement;

        root.GetProperty("name").GetString().ShouldBe("HybridTrainer");
        root.GetProperty("short_name").GetString().ShouldNotBeNullOrWhiteSpace();
        root.GetProperty("start_url").GetString().ShouldBe("/");
        root.GetProperty("display").GetString().ShouldBe("standalone");
        root.GetProperty("theme_color").GetString().ShouldBe("#0B5D8C");
        var sizes = root.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("sizes").GetString()).ToList();
        sizes.ShouldContain("192x192");
        sizes.ShouldContain("512x512");
        root.GetProperty("icons").EnumerateArray().ShouldContain(i => i.GetProperty("purpose").GetString() == "maskable");
    }

    [Fact]
    public async Task EveryPngIcon_IsServed_AtTheSizeTheManifestStates()
    {
        using var client = CreateClient();
        using var manifest = JsonDocument.Parse(await client.GetStringAsync("/manifest.webmanifest", Ct));

        foreach (var icon in manifest.RootElement.GetProperty("icons").EnumerateArray().Where(i => i.GetProperty("type").GetString() == "image/png"))
        {
            var bytes = await client.GetByteArrayAsync("/" + icon.GetProperty("src").GetString(), Ct);
            // A PNG's IHDR chunk holds width and height, big-endian, at bytes 16 and 20.
            var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
            $"{width}x{height}".ShouldBe(icon.GetProperty("sizes").GetString());
        }
    }

    [Theory]
    [InlineData("/service-worker.js", "text/javascript")]
    [InlineData("/offline.html", "text/html")]
    public async Task TheServiceWorkerAndTheOfflinePage_AreServedToAnyone(string path, string mediaType)
    {
        using var response = await CreateClient().GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(mediaType);
    }

    [Fact]
    public async Task EveryPage_LinksTheManifest()
    {
        var page = await CreateClient().GetStringAsync("/account/login", Ct);

        page.ShouldContain("rel=\"manifest\" href=\"manifest.webmanifest\"");
        page.ShouldContain("js/install");
    }
}
