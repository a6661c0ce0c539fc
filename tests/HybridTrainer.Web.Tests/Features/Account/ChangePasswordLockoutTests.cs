using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>A session that does not know the password cannot guess it on the change-password form.</summary>
public class ChangePasswordLockoutTests(HostFixture host) : HostTest(host)
{
    private const string NewPassword = "a brand new long passphrase";

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_SaysSoUnderTheField()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Coach);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        var page = await (await ChangeAsync(client, "not my current one")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var field = page.IndexOf("id=\"current-password\"", StringComparison.Ordinal);
        var message = page.IndexOf("The current password is not right.", StringComparison.Ordinal);
        message.ShouldBeGreaterThan(field);
        message.ShouldBeLessThan(page.IndexOf("id=\"new-password\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangePassword_FiveWrongCurrentPasswords_LockTheAccountAndEndTheSession()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Coach);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);
        for (var attempt = 1; attempt < 5; attempt++)
        {
            (await ChangeAsync(client, $"wrong guess {attempt}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var fifth = await ChangeAsync(client, "wrong guess 5");

        fifth.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        fifth.Headers.Location!.ToString().ShouldEndWith("account/lockout");
        (await client.GetAsync("/account/password", TestContext.Current.CancellationToken)).Headers.Location!.ToString().ShouldContain("account/login");
        using var fresh = CreateClient();
        (await AccountClient.LogInAsync(fresh, user.Email!, TestData.Password)).Headers.Location!.ToString().ShouldEndWith("account/lockout");
    }

    [Fact]
    public async Task ChangePassword_RightPasswordAfterAMiss_ClearsTheMisses()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Coach);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);
        await ChangeAsync(client, "one wrong guess");

        (await (await ChangeAsync(client, TestData.Password)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .ShouldContain("Your password has been changed.");

        await using var db = App.CreateDbContext();
        db.Users.Single(u => u.Id == user.Id).AccessFailedCount.ShouldBe(0);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current) =>
        AccountClient.PostFormAsync(client, "/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
}
