using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>A signed-in browser loses a right that ended (password changed elsewhere, role changed) within a minute.</summary>
public class AccessEndsTests(HostFixture host) : HostTest(host)
{
    [Theory]
    [InlineData(false, HttpStatusCode.OK)]
    [InlineData(true, HttpStatusCode.Redirect)]
    public async Task CookieSession_AMinuteAfterTheAccountsSecurityStampChanged_IsSignedOut(bool stampChanged, HttpStatusCode expected)
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var browser = CreateClient();
        await AccountClient.LogInAsync(browser, user.Email!);
        (await browser.GetAsync("/account/password", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        if (stampChanged)
        {
            // What a password change on another device, a reset or a role change through UserManager does.
            await using var scope = App.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(user.Id.ToString()))!);
        }

        App.Clock.Advance(TimeSpan.FromMinutes(2));
        var response = await browser.GetAsync("/account/password", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(expected);
        if (stampChanged)
        {
            response.Headers.Location!.OriginalString.ShouldContain("/account/login");
        }
    }
}
