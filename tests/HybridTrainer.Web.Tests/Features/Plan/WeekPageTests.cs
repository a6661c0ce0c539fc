using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Plan;

public class WeekPageTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task OwnWeek_ForAnAccountWithoutAnAthleteProfile_Answers403WithoutAWeekHeader()
    {
        var coach = await new TestData(App).UserAsync(AppRoles.Coach);
        using var browser = CreateClient();
        (await AccountClient.LogInAsync(browser, coach.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await browser.GetAsync("/week", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        page.ShouldNotContain("Week of");
        page.ShouldNotContain(">Previous<");
    }
}
