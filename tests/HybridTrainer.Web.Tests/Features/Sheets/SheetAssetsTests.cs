using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HybridTrainer.Domain.Time;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Sheets;

/// <summary>The printed sheets' stylesheet and script are fingerprinted like the pages' and are served at those addresses.</summary>
public partial class SheetAssetsTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Print_LinksTheFingerprintedStylesheetAndScript_WhichAreServed()
    {
        var sheets = new SheetTestData(App);
        var (_, staff, _, members) = await sheets.GymWithMembersAsync(LocalDays.MondayOf(TestClock.Today), 1);
        using var client = CreateClient();
        (await AccountClient.LogInAsync(client, staff)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var week = LocalDays.MondayOf(TestClock.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var html = await client.GetStringAsync($"/sheets/print?week={week}&athlete={members[0].Id}", Ct);

        var stylesheet = Stylesheet().Match(html);
        var script = Script().Match(html);
        stylesheet.Success.ShouldBeTrue(html[..Math.Min(html.Length, 600)]);
        script.Success.ShouldBeTrue();
        (await client.GetAsync("/" + stylesheet.Groups["href"].Value, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/" + script.Groups["src"].Value, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>sheets\\.\\w+\\.css)\"")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("<script src=\"(?<src>js/theme\\.\\w+\\.js)\"")]
    private static partial Regex Script();
}
