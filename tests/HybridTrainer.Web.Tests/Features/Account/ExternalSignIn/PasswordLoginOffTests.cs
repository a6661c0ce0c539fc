using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Infrastructure.Oidc;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Account.ExternalSignIn;

/// <summary>With DisableLocalPasswordLogin the provider is the only way in; the password forms refuse and do nothing.</summary>
public class PasswordLoginOffTests(OidcOnlyHostFixture host) : ExternalSignInTest<OidcOnlyHostFixture>(host)
{
    [Fact]
    public async Task LoginPage_ShowsOnlyTheProviderButton()
    {
        using var client = CreateClient();

        var page = await client.GetStringAsync("/account/login", Ct);

        page.ShouldContain("Sign in with Gym Login");
        page.ShouldNotContain("type=\"password\"");
        page.ShouldNotContain("Forgot password?");
    }

    [Fact]
    public async Task ForgedPasswordPost_WithTheRightPassword_IsRefusedAndSignsNobodyIn()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();

        var response = await AccountClient.LogInAsync(client, user.Email!);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Password log-in is switched off here, so nothing was done.");
        (await client.GetAsync("/profile", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task RegisterPost_IsRefusedAndCreatesNoAccount()
    {
        using var client = CreateClient();
        (await client.GetStringAsync("/account/register", Ct)).ShouldContain("New accounts are made by signing in with Gym Login");

        var response = await AccountClient.PostFormAsync(client, "/account/register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Sneaky",
            ["Input.Email"] = "sneaky@example.test",
            ["Input.Password"] = TestData.Password,
            ["Input.ConfirmPassword"] = TestData.Password,
            ["Input.TimeZone"] = "UTC",
            ["Input.Role"] = AppRoles.Athlete,
        });

        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Password log-in is switched off here, so nothing was done.");
        await using var db = App.CreateDbContext();
        (await db.Users.CountAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task ForgotPasswordPost_IsRefused()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        (await client.GetStringAsync("/account/forgot-password", Ct)).ShouldContain("reset your password there");

        var response = await AccountClient.PostFormAsync(client, "/account/forgot-password", "forgot-password", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!,
        });

        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Password log-in is switched off here, so nothing was done.");
    }

    [Fact]
    public async Task ProviderSignIn_StillWorks()
    {
        Provider.User = Person("only-way@gym.test");
        using var client = CreateClient();

        ProviderSignIn.LandedOn(await ProviderSignIn.RunAsync(client)).ShouldBe("/");
        (await client.GetAsync("/profile", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ApiBearerTokens_KeepWorking()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = await new ApiScenario(App).ClientAsync(user.Id);

        (await client.GetAsync("/api/v1/athletes", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
