using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Notifications;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Notifications;

/// <summary>The e-mail notifications page on a server without e-mail: it says so, and still keeps each role's own choices.</summary>
public class NotificationSettingsPageTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Coach_SwitchesTheDigestOnAtSix_ThePageSaysMailIsOff()
    {
        var coach = await new TestData(App).UserAsync(AppRoles.Coach);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, coach.Email!);

        var page = await client.GetStringAsync("/account/notifications", TestContext.Current.CancellationToken);
        page.ShouldContain("data-testid=\"mail-off\"");
        page.ShouldContain("data-testid=\"digest-settings\"");
        page.ShouldNotContain("data-testid=\"tomorrow-settings\"");
        var saved = await AccountClient.PostFormAsync(client, "/account/notifications", "notifications", new Dictionary<string, string>
        {
            ["Input.DigestEnabled"] = "true",
            ["Input.DigestHour"] = "6",
        });

        (await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Your choices are saved.");
        await using var db = App.CreateDbContext();
        var setting = await db.NotificationSettings.SingleAsync(s => s.UserId == coach.Id, TestContext.Current.CancellationToken);
        (setting.Kind, setting.Enabled, setting.SendHour).ShouldBe((NotificationKind.CoachDigest, true, 6));
    }

    [Fact]
    public async Task Athlete_SeesTomorrowsSession_OffByDefault_At18()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        await data.CompleteAthleteAsync(user.Id);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        var page = await client.GetStringAsync("/account/notifications", TestContext.Current.CancellationToken);

        page.ShouldContain("data-testid=\"tomorrow-settings\"");
        page.ShouldNotContain("data-testid=\"digest-settings\"");
        page.ShouldNotContain("id=\"tomorrow-enabled\" checked");
        page.ShouldContain("<option value=\"18\" selected");
    }

    [Fact]
    public async Task GymStaff_HaveNoNotifications_AndAPostedDigestIsNotStored()
    {
        var staff = await new TestData(App).UserAsync(AppRoles.GymStaff);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, staff.Email!);

        (await client.GetStringAsync("/account/notifications", TestContext.Current.CancellationToken)).ShouldContain("data-testid=\"no-notifications\"");
        // The form is not shown; a hand-made post of it is refused by the form binding, and nothing is stored either way.
        await client.PostAsync("/account/notifications", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "notifications",
            ["Input.DigestEnabled"] = "true",
            ["Input.DigestHour"] = "7",
        }), TestContext.Current.CancellationToken);

        await using var db = App.CreateDbContext();
        (await db.NotificationSettings.AnyAsync(s => s.UserId == staff.Id, TestContext.Current.CancellationToken)).ShouldBeFalse();
    }
}
