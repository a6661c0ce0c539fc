using System.Net;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.AccessTokens;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>Personal access tokens end with the password they were made under, unless their owner keeps them, and all at once on request.</summary>
public class AccessTokenRevocationTests(HostFixture host) : HostTest(host)
{
    private const string NewPassword = "a brand new long passphrase";

    [Theory]
    [InlineData(false, HttpStatusCode.Unauthorized)]
    [InlineData(true, HttpStatusCode.OK)]
    public async Task ChangePassword_RevokesTheTokensUnlessTheOwnerKeepsThem(bool keep, HttpStatusCode tokenAfterwards)
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.Data.UserAsync(AppRoles.Athlete);
        using var script = await scenario.ClientAsync(me.Id);
        (await script.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var browser = CreateClient();
        await AccountClient.LogInAsync(browser, me.Email!);

        var fields = new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestData.Password,
            ["Input.NewPassword"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        };
        if (keep)
        {
            fields["Input.KeepAccessTokens"] = "true";
        }

        var changed = await AccountClient.PostFormAsync(browser, "/account/password", "change-password", fields);

        (await changed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Your password has been changed.");
        (await script.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(tokenAfterwards);
    }

    [Fact]
    public async Task RevokeAll_EndsEveryWorkingTokenOfTheCallerOnly()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.Data.UserAsync(AppRoles.Athlete);
        var someone = await scenario.Data.UserAsync(AppRoles.Athlete);
        using var first = await scenario.ClientAsync(me.Id);
        using var second = await scenario.ClientAsync(me.Id);
        using var theirs = await scenario.ClientAsync(someone.Id);
        (await first.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var scope = App.Services.CreateAsyncScope();
        var revoked = await scope.ServiceProvider.GetRequiredService<AccessTokenService>().RevokeAllAsync(TestData.Principal(me.Id), TestContext.Current.CancellationToken);

        revoked.ShouldBe(2);
        (await first.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await second.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await theirs.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void CreateToken_ThatNeverExpires_IsNotOffered() =>
        new CreateTokenInputValidator(StaticLocalizers.For<AccessTokensText>()).Validate(new CreateTokenInput { Name = "forever", ExpiresInDays = 0 }).IsValid.ShouldBeFalse();
}
