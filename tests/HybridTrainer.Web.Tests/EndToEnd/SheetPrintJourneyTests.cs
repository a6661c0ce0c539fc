using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using HybridTrainer.Web.Tests.Features.Sheets;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.EndToEnd;

public partial class SheetPrintJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task GymStaff_ChoosesThreeMembersAndPrints_GetsAThreePageA4Pdf()
    {
        var monday = LocalDays.MondayOf(TestClock.Today);
        var (_, staff, _, members) = await new SheetTestData(App).GymWithMembersAsync(monday, 4, 2.5m, "Alex Kim", "Jordan Reyes", "Luca Rossi", "Priya Nair");
        await LogInAsync(staff, TestData.Password);
        await Page.Locator("[data-interactive=true]").WaitForAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Print sheets" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Print weekly sheets" }).WaitForAsync();
        foreach (var member in new[] { members[0], members[1], members[3] })
        {
            await Page.GetByLabel(member.DisplayName).CheckAsync();
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Print", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(new Regex("/sheets/print\\?"));
        await Assertions.Expect(Page.Locator("section.sh-sheet")).ToHaveCountAsync(3);

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await Page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true });

        PageCount(pdf).ShouldBe(3);
        await SavePictureAsync(pdf);
    }

    /// <summary>Page objects in the PDF (Chromium writes them uncompressed): "/Type /Page", not "/Type /Pages".</summary>
    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    /// <summary>For the README: the first printed page as a PNG, from the PDF itself when poppler's pdftoppm is installed.</summary>
    private async Task SavePictureAsync(byte[] pdf)
    {
        if (Environment.GetEnvironmentVariable("HT_SCREENSHOTS_DIR") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var pdfPath = Path.Combine(Path.GetTempPath(), $"sheet-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdfPath, pdf);
        try
        {
            using var pdftoppm = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", pdfPath, Path.Combine(folder, "sheet")]));
            await pdftoppm!.WaitForExitAsync();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No pdftoppm: the print-media rendering of the first sheet is the same picture, without the PDF step.
            await Page.Locator("section.sh-sheet").First.ScreenshotAsync(new() { Path = Path.Combine(folder, "sheet.png") });
        }
        finally
        {
            File.Delete(pdfPath);
        }
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
