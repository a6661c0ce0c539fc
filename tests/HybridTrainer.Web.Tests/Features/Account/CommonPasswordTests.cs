using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Account;

public class CommonPasswordTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Register_CommonPassword_IsRefusedUnderThePasswordField()
    {
        using var client = CreateClient();

        var page = await ReadAsync(await AccountClient.PostFormAsync(client, "/account/register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Common Person",
            ["Input.Email"] = "common@example.test",
            ["Input.Password"] = "Password2026!",
            ["Input.ConfirmPassword"] = "Password2026!",
            ["Input.Role"] = AppRoles.Athlete,
        }));

        MessageBetween(page, "id=\"password\"", "id=\"confirm-password\"").ShouldBeTrue(page);
        await using var db = App.CreateDbContext();
        (await db.Users.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task ChangePassword_ToACommonPassword_IsRefusedUnderTheNewPasswordField()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Coach);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        var page = await ReadAsync(await AccountClient.PostFormAsync(client, "/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestData.Password,
            ["Input.NewPassword"] = "iloveyou123456",
            ["Input.ConfirmPassword"] = "iloveyou123456",
        }));

        MessageBetween(page, "id=\"new-password\"", "id=\"confirm-password\"").ShouldBeTrue(page);
        using var fresh = CreateClient();
        (await AccountClient.LogInAsync(fresh, user.Email!, TestData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Register_TheTestPassphrase_IsAccepted()
    {
        using var client = CreateClient();

        var response = await AccountClient.PostFormAsync(client, "/account/register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Passphrase Person",
            ["Input.Email"] = "passphrase@example.test",
            ["Input.Password"] = TestData.Password,
            ["Input.ConfirmPassword"] = TestData.Password,
            ["Input.Role"] = AppRoles.Athlete,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static Task<string> ReadAsync(HttpResponseMessage response) =>
        response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    // The message sits in the field's own block: after its input, before the next field's.
    private static bool MessageBetween(string page, string after, string before)
    {
        var (start, end) = (page.IndexOf(after, StringComparison.Ordinal), page.IndexOf(before, StringComparison.Ordinal));
        var at = page.IndexOf(CommonPasswordValidator.Message, StringComparison.Ordinal);
        return start >= 0 && at > start && at < end;
    }
}
