using System.Text.RegularExpressions;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class ActivityJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    // The file crosses the circuit in chunks, then every activity is decoded and saved: seconds on a busy machine.
    private static readonly LocatorAssertionsToContainTextOptions Uploading = new() { Timeout = 60_000 };

    [Fact]
    public async Task Athlete_ImportsTheTcxOfAPlannedRun_SeesTheSessionLoggedAndTheLoadChartMove()
    {
        var data = new TestData(App);
        var (_, athlete, email) = await data.AthleteWithBlockAsync(LocalDays.MondayOf(TestClock.Today));
        var runs = (await data.SessionsOfAsync(athlete.Id)).Where(s => s.Kind == SessionKind.Run).ToList();
        var run = runs.FirstOrDefault(s => s.RunType == RunType.Steady) ?? runs[0];
        await LogInAsync(email, TestData.Password);
        await Assertions.Expect(Page.Locator(".ht-chart svg")).ToHaveAttributeAsync("aria-label", "No logged training in the last weeks yet.");

        await Page.GotoAsync("/activities");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.Locator("#activity-file").SetInputFilesAsync(new FilePayload
        {
            Name = "morning-run.tcx",
            MimeType = "application/octet-stream",
            Buffer = ActivityFiles.TcxRunStartingAt(new DateTimeOffset(run.Date.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero)),
        });

        var summary = Page.Locator("[data-test=import-summary]");
        await Assertions.Expect(summary).ToContainTextAsync("1 activity imported, 0 files skipped", Uploading);
        await summary.GetByRole(AriaRole.Link, new() { Name = "the planned session" }).ClickAsync();
        await Assertions.Expect(Page.Locator("[data-test=session-activity]")).ToContainTextAsync("4.69 km in 33:13");
        await Assertions.Expect(Page.GetByLabel("Minutes")).ToHaveValueAsync("33");
        await Assertions.Expect(Page.Locator("[data-test=session-activity] svg")).ToHaveAttributeAsync("aria-label", new Regex("; 4 full km splits"));
        await ScreenshotAsync("session-recorded");

        await Page.GotoAsync("/");
        await Assertions.Expect(Page.Locator(".ht-chart svg"))
            .ToHaveAttributeAsync("aria-label", $"Weekly training load over 10 weeks; this week {33 * run.PlannedRpe} AU.");
    }

    [Fact]
    public async Task Athlete_UploadsAnExportWithTwoRunsARideAndABrokenFile_ReadsWhatWasImportedAndWhatWasNot()
    {
        var data = new TestData(App);
        var (_, _, email) = await data.AthleteWithBlockAsync(LocalDays.MondayOf(TestClock.Today));
        var zip = ActivityFiles.Zip(
            ("activities/1.fit", ActivityFiles.Bytes("2013-02-06-12-11-14.fit")),
            ("activities/2.fit.gz", ActivityFiles.Gzip(ActivityFiles.Bytes("activity-small-fenix2-run.fit"))),
            ("activities/3.fit", ActivityFiles.Bytes("sample-activity.fit")),
            ("activities/4.fit", ActivityFiles.Bytes("activity-unexpected-eof.fit")));
        await LogInAsync(email, TestData.Password);

        await Page.GotoAsync("/activities");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.Locator("#activity-file").SetInputFilesAsync(new FilePayload { Name = "export.zip", MimeType = "application/zip", Buffer = zip });

        var summary = Page.Locator("[data-test=import-summary]");
        await Assertions.Expect(summary).ToContainTextAsync("3 activities imported, 1 file skipped", Uploading);
        await Assertions.Expect(summary.Locator("[data-test=skipped] li")).ToContainTextAsync("export.zip › activities/4.fit");
        await Assertions.Expect(Page.Locator("[data-test=activity-row]")).ToHaveCountAsync(3);
        await ScreenshotAsync("activities-import");
    }
}
