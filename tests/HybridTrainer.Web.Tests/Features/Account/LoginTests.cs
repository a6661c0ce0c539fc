using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account;

public class LoginTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task LogIn_RightPassword_RedirectsAndSetsTheCookie()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();

        var response = await AccountClient.LogInAsync(client, user.Email!);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("HybridTrainer.Auth=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task LogIn_WithAReturnUrlOutsideTheApp_SignsInAndLandsOnTheHomePage(string returnUrl)
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();

        var response = await AccountClient.PostFormAsync(client, $"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "login",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = TestData.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString).ShouldBe("/");
        if (location.IsAbsoluteUri)
        {
            location.Host.ShouldBe(client.BaseAddress!.Host);
        }
    }

    [Fact]
    public async Task LogIn_WithALocalReturnUrl_LandsThere()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();

        var response = await AccountClient.PostFormAsync(client, "/account/login?ReturnUrl=%2Fplan", "login",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = TestData.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldEndWith("/plan");
    }

    [Fact]
    public async Task LogIn_WrongPassword_ShowsAMessageWithoutSayingWhichPartWasWrong()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();

        var response = await AccountClient.LogInAsync(client, user.Email!, "not the password at all");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("That e-mail and password do not match an account.");
    }

    [Fact]
    public async Task LogIn_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await AccountClient.LogInAsync(client, user.Email!, "wrong password " + attempt);
        }

        var response = await AccountClient.LogInAsync(client, user.Email!);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldEndWith("account/lockout");
        await using var db = App.CreateDbContext();
        db.Users.Single(u => u.Id == user.Id).LockoutEnd.ShouldNotBeNull();
    }

    [Fact]
    public async Task LogIn_EmptyFields_ShowsMessagesUnderTheFields()
    {
        using var client = CreateClient();

        var response = await AccountClient.LogInAsync(client, "", "");

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        page.ShouldContain("Enter your e-mail address.");
        page.ShouldContain("Enter your password.");
    }

    [Fact]
    public async Task ProtectedPage_Anonymous_RedirectsToLogIn()
    {
        using var client = CreateClient();

        var response = await client.GetAsync("/account/password", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("/account/login?ReturnUrl=%2Faccount%2Fpassword");
    }

    [Fact]
    public async Task LogOut_WithoutAntiforgeryToken_IsRejected()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
