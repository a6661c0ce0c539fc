using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Performance;

public sealed class ResponseCompressionTests(HostFixture host) : HostTest(host)
{
    private static readonly DateOnly Monday = LocalDays.MondayOf(TestClock.Today);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiJson_AskedWithBrotli_IsCompressedButThePageWithItsFormTokensIsNot()
    {
        var (_, athlete, email) = await new TestData(App).AthleteWithBlockAsync(Monday);
        using var client = CreateClient();
        (await AccountClient.LogInAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var api = await client.GetAsync($"/api/v1/athletes/{athlete.Id}/weeks/{Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", Ct);
        using var page = await client.GetAsync("/week", Ct);

        api.StatusCode.ShouldBe(HttpStatusCode.OK);
        api.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentEncoding.ShouldBeEmpty("pages reflect input beside antiforgery tokens (BREACH)");
    }

    [Fact]
    public async Task SheetPrint_AskedWithGzip_IsCompressed()
    {
        var (_, _, email) = await new TestData(App).AthleteWithBlockAsync(Monday);
        using var client = CreateClient();
        (await AccountClient.LogInAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.GetAsync("/sheets/print?all=true", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
    }

    [Fact]
    public async Task OpenApiDocument_FetchedTwice_IsServedFromTheOutputCacheTheSecondTime()
    {
        using var client = CreateClient();

        using var first = await client.GetAsync("/openapi/v1.json", Ct);
        using var second = await client.GetAsync("/openapi/v1.json", Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.Headers.Age.ShouldNotBeNull();
        (await second.Content.ReadAsStringAsync(Ct)).ShouldBe(await first.Content.ReadAsStringAsync(Ct));
    }
}
