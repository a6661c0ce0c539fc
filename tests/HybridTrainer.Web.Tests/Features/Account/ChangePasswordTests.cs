using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account;

public class ChangePasswordTests(HostFixture host) : HostTest(host)
{
    private const string NewPassword = "a brand new long passphrase";

    [Fact]
    public async Task ChangePassword_RightCurrentPassword_NewOneWorksAndOldOneNoLonger()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Coach);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        var response = await ChangeAsync(client, TestData.Password, NewPassword);

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Your password has been changed.");
        using var fresh = CreateClient();
        (await AccountClient.LogInAsync(fresh, user.Email!, TestData.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AccountClient.LogInAsync(fresh, user.Email!, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_SaysSoAndKeepsTheOldPassword()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Coach);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        var response = await ChangeAsync(client, "not my current one", NewPassword);

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("The current password is not right.");
        using var fresh = CreateClient();
        (await AccountClient.LogInAsync(fresh, user.Email!, TestData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next) =>
        AccountClient.PostFormAsync(client, "/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });
}
