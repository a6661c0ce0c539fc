using HybridTrainer.Data.Journal;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class DashboardJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task Athlete_WithALoggedSession_SeesComplianceTargetsAndTheLoadChart()
    {
        var monday = LocalDays.MondayOf(TestClock.Today);
        var data = new TestData(App);
        var (_, athlete, email) = await data.AthleteWithBlockAsync(monday);
        var first = (await data.SessionsOfAsync(athlete.Id))[0];
        await using (var db = App.CreateDbContext())
        {
            db.SessionLogs.Add(new SessionLog { Id = Guid.NewGuid(), PlannedSessionId = first.Id, AthleteId = athlete.Id, Completed = true, ActualDurationMinutes = 60, Rpe = 7, LoggedAt = TestClock.Start });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await LogInAsync(email, TestData.Password);

        await Assertions.Expect(Page.GetByTestId("compliance")).ToHaveTextAsync("1 of 6 sessions done");
        await Assertions.Expect(Page.GetByTestId("protein")).ToContainTextAsync("131 g");
        await Assertions.Expect(Page.Locator(".ht-chart svg")).ToHaveAttributeAsync("aria-label", "Weekly training load over 10 weeks; this week 420 AU.");
    }
}
