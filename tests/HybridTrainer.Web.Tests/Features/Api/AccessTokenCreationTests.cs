using System.Net;
using HybridTrainer.Data.Access;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.AccessTokens;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>Creating a token asks for the password again and picks what the token may do.</summary>
public class AccessTokenCreationTests(HostFixture host) : HostTest(host)
{
    private readonly List<HttpClient> _browsers = [];

    public override ValueTask DisposeAsync()
    {
        _browsers.ForEach(b => b.Dispose());
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    [Fact]
    public async Task Create_WithoutTheCurrentPassword_IsRefusedAndStoresNothing()
    {
        var (browser, _) = await SignedInAsync();

        var page = await AccessTokensPageTests.CreateAsync(browser, "nightly sync", password: "");

        page.ShouldContain("Enter your current password to create a token.");
        AccessTokensPageTests.NewToken().IsMatch(page).ShouldBeFalse();
        (await TokenCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Create_WithAWrongPassword_SaysSoUnderTheFieldAndCountsTowardsTheLockOut()
    {
        var (browser, user) = await SignedInAsync();

        var page = await AccessTokensPageTests.CreateAsync(browser, "nightly sync", password: "not my password at all");

        var field = page.IndexOf("id=\"token-password\"", StringComparison.Ordinal);
        var message = page.IndexOf(AccessTokenService.WrongPassword, StringComparison.Ordinal);
        field.ShouldBeGreaterThan(0);
        message.ShouldBeGreaterThan(field, "the message sits under the password field");
        AccessTokensPageTests.NewToken().IsMatch(page).ShouldBeFalse();
        (await TokenCountAsync()).ShouldBe(0);
        (await FailedCountAsync(user.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Create_WrongPasswordsUpToTheLimit_LockTheAccountAndEndTheSession()
    {
        var (browser, user) = await SignedInAsync();
        for (var attempt = 1; attempt < 5; attempt++)
        {
            await AccessTokensPageTests.CreateAsync(browser, "guess", password: $"guess number {attempt}");
        }

        var last = await AccountClient.PostFormAsync(browser, "/account/tokens", "create-token", new Dictionary<string, string>
        {
            ["Input.Name"] = "guess",
            ["Input.ExpiresInDays"] = "90",
            ["Input.CurrentPassword"] = "guess number 5",
        });

        last.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        last.Headers.Location!.ToString().ShouldEndWith("account/lockout");
        (await browser.GetAsync("/account/tokens", TestContext.Current.CancellationToken)).Headers.Location!.ToString().ShouldContain("account/login");
        using var fresh = CreateClient();
        (await AccountClient.LogInAsync(fresh, user.Email!)).Headers.Location!.ToString().ShouldEndWith("account/lockout");
        (await TokenCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Create_WithoutChoosingAScope_MakesAReadOnlyTokenAndListsItSo()
    {
        var (browser, _) = await SignedInAsync();

        AccessTokensPageTests.NewToken().IsMatch(await AccessTokensPageTests.CreateAsync(browser, "dashboard")).ShouldBeTrue();

        await using var db = App.CreateDbContext();
        (await db.PersonalAccessTokens.SingleAsync(TestContext.Current.CancellationToken)).Scope.ShouldBe(AccessTokenScope.ReadOnly);
        (await browser.GetStringAsync("/account/tokens", TestContext.Current.CancellationToken)).ShouldContain("<td>Read only</td>");
    }

    [Fact]
    public async Task Create_ReadWriteChosen_StoresAndListsIt()
    {
        var (browser, _) = await SignedInAsync();

        var response = await AccountClient.PostFormAsync(browser, "/account/tokens", "create-token", new Dictionary<string, string>
        {
            ["Input.Name"] = "importer",
            ["Input.ExpiresInDays"] = "90",
            ["Input.Scope"] = nameof(AccessTokenScope.ReadWrite),
            ["Input.CurrentPassword"] = TestData.Password,
        });

        AccessTokensPageTests.NewToken().IsMatch(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
        await using var db = App.CreateDbContext();
        (await db.PersonalAccessTokens.SingleAsync(TestContext.Current.CancellationToken)).Scope.ShouldBe(AccessTokenScope.ReadWrite);
        (await browser.GetStringAsync("/account/tokens", TestContext.Current.CancellationToken)).ShouldContain("<td>Read and change data</td>");
    }

    private async Task<(HttpClient Browser, AppUser User)> SignedInAsync()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Coach);
        var client = CreateClient();
        _browsers.Add(client);
        (await AccountClient.LogInAsync(client, user.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (client, user);
    }

    private async Task<int> TokenCountAsync()
    {
        await using var db = App.CreateDbContext();
        return await db.PersonalAccessTokens.CountAsync(TestContext.Current.CancellationToken);
    }

    private async Task<int> FailedCountAsync(Guid userId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetAccessFailedCountAsync((await users.FindByIdAsync(userId.ToString()))!);
    }
}
