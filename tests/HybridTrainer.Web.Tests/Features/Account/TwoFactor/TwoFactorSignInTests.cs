using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account.TwoFactor;

/// <summary>Log-in for an account with codes on: the password alone is not enough; a code or a recovery code finishes it.</summary>
public class TwoFactorSignInTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task LogIn_WithCodesOn_SendsThePasswordToTheCodePageWithoutSigningIn()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        await Totp.TurnOnAsync(App, user.Id);
        using var client = CreateClient();

        var response = await AccountClient.LogInAsync(client, user.Email!);

        response.Headers.Location!.OriginalString.ShouldContain("account/login/two-factor");
        TwoFactorForms.IsSignedIn(response).ShouldBeFalse();
        (await client.GetAsync("/plan", TestContext.Current.CancellationToken)).Headers.Location!.OriginalString.ShouldContain("account/login");
    }

    [Fact]
    public async Task LogIn_WithTheRightCode_SignsIn()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        var (key, _) = await Totp.TurnOnAsync(App, user.Id);
        using var client = CreateClient();
        var location = await TwoFactorForms.PasswordStepAsync(client, user.Email!);

        var response = await TwoFactorForms.CodeAsync(client, location, Totp.Code(key));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        TwoFactorForms.IsSignedIn(response).ShouldBeTrue();
        (await client.GetAsync("/account/password", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task LogIn_WithAWrongCode_ShowsAMessageUnderTheFieldAndDoesNotSignIn()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        var (key, _) = await Totp.TurnOnAsync(App, user.Id);
        using var client = CreateClient();
        var location = await TwoFactorForms.PasswordStepAsync(client, user.Email!);

        var response = await TwoFactorForms.CodeAsync(client, location, Totp.WrongCode(key));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        TwoFactorForms.IsSignedIn(response).ShouldBeFalse();
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        page.ShouldContain("ht-field-error");
        page.ShouldContain("That code is not right.");
    }

    [Fact]
    public async Task LogIn_WithSomethingThatIsNotACode_AsksForSixDigits()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        await Totp.TurnOnAsync(App, user.Id);
        using var client = CreateClient();
        var location = await TwoFactorForms.PasswordStepAsync(client, user.Email!);

        var response = await TwoFactorForms.CodeAsync(client, location, "12ab");

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("The code is 6 digits");
    }

    [Fact]
    public async Task LogIn_FiveWrongCodes_LockTheAccountEvenForTheRightCode()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        var (key, _) = await Totp.TurnOnAsync(App, user.Id);
        using var client = CreateClient();
        var location = await TwoFactorForms.PasswordStepAsync(client, user.Email!);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await TwoFactorForms.CodeAsync(client, location, Totp.WrongCode(key));
        }

        var response = await TwoFactorForms.CodeAsync(client, location, Totp.Code(key));

        response.Headers.Location!.OriginalString.ShouldContain("account/lockout");
        TwoFactorForms.IsSignedIn(response).ShouldBeFalse();
    }

    [Fact]
    public async Task CodePage_WithoutThePasswordStep_SendsToTheLogInPage()
    {
        using var client = CreateClient();

        var response = await client.GetAsync("/account/login/two-factor", TestContext.Current.CancellationToken);

        response.Headers.Location!.OriginalString.ShouldContain("account/login");
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnceAndNeverAgain()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        var (_, codes) = await Totp.TurnOnAsync(App, user.Id);
        using var first = CreateClient();
        await TwoFactorForms.PasswordStepAsync(first, user.Email!);

        var used = await TwoFactorForms.RecoveryCodeAsync(first, codes[3].ToLowerInvariant());

        TwoFactorForms.IsSignedIn(used).ShouldBeTrue();
        using var second = CreateClient();
        await TwoFactorForms.PasswordStepAsync(second, user.Email!);
        var again = await TwoFactorForms.RecoveryCodeAsync(second, codes[3]);
        TwoFactorForms.IsSignedIn(again).ShouldBeFalse();
        (await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("That recovery code is not right, or was used already.");
    }

    [Fact]
    public async Task RememberThisDevice_SkipsTheCodeAtTheNextLogIn()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        var (key, _) = await Totp.TurnOnAsync(App, user.Id);
        using var client = CreateClient();
        var location = await TwoFactorForms.PasswordStepAsync(client, user.Email!);
        await AccountClient.PostFormAsync(client, location, "login-two-factor",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key), ["Input.RememberMachine"] = "true" });

        // The same browser (its cookie jar keeps Identity's remember-this-device cookie) logs in again.
        var response = await AccountClient.LogInAsync(client, user.Email!);

        response.Headers.Location!.OriginalString.ShouldNotContain("two-factor");
        TwoFactorForms.IsSignedIn(response).ShouldBeTrue();
    }
}
