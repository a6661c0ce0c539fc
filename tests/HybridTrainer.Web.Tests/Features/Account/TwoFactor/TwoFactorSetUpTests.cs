using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account.TwoFactor;

/// <summary>The set-up page: a first right code turns codes on and shows ten recovery codes once; turning off asks again.</summary>
public class TwoFactorSetUpTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task TurnOn_WithTheAppsFirstCode_IsOnAndShowsTenRecoveryCodesOnce()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);
        var key = await TwoFactorForms.SharedKeyAsync(client);

        var response = await AccountClient.PostFormAsync(client, "/account/two-factor", "turn-on-authenticator",
            new Dictionary<string, string> { ["TurnOn.Code"] = Totp.Code(key) });

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        page.ShouldContain("Save these recovery codes now.");
        TwoFactorForms.RecoveryCode().Count(page).ShouldBe(10);
        await using (var db = App.CreateDbContext())
        {
            db.Users.Single(u => u.Id == user.Id).TwoFactorEnabled.ShouldBeTrue();
        }

        var later = await client.GetStringAsync("/account/two-factor", TestContext.Current.CancellationToken);
        later.ShouldContain("10 recovery codes left");
        TwoFactorForms.RecoveryCode().Matches(later).ShouldBeEmpty();
    }

    [Fact]
    public async Task TurnOn_WithAWrongCode_SaysSoUnderTheFieldAndStaysOff()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);
        var key = await TwoFactorForms.SharedKeyAsync(client);

        var response = await AccountClient.PostFormAsync(client, "/account/two-factor", "turn-on-authenticator",
            new Dictionary<string, string> { ["TurnOn.Code"] = Totp.WrongCode(key) });

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("That code does not match.");
        await using var db = App.CreateDbContext();
        db.Users.Single(u => u.Id == user.Id).TwoFactorEnabled.ShouldBeFalse();
    }

    [Fact]
    public async Task TheSetUpPage_OnAVisit_StoresNoKeyUntilSetUpIsPressed()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        var page = await client.GetStringAsync("/account/two-factor", TestContext.Current.CancellationToken);

        page.ShouldContain("Set up an authenticator app");
        page.ShouldNotContain("data-testid=\"shared-key\"");
        await using var db = App.CreateDbContext();
        db.UserTokens.Count(t => t.UserId == user.Id).ShouldBe(0);
    }

    [Fact]
    public async Task TheSetUpPage_KeepsTheSameKeyUntilCodesAreOn()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        (await TwoFactorForms.SharedKeyAsync(client)).ShouldBe(await TwoFactorForms.SharedKeyAsync(client));
        (await client.GetStringAsync("/account/two-factor", TestContext.Current.CancellationToken)).ShouldContain("<svg");
    }

    [Fact]
    public async Task NewRecoveryCodes_ReplaceTheOldOnes()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        var (_, oldCodes) = await Totp.TurnOnAsync(App, user.Id);
        using var client = CreateClient();
        await TwoFactorForms.PasswordStepAsync(client, user.Email!);
        await TwoFactorForms.RecoveryCodeAsync(client, oldCodes[0]);

        var response = await AccountClient.PostFormAsync(client, "/account/two-factor", "new-recovery-codes", new Dictionary<string, string>());

        var fresh = TwoFactorForms.RecoveryCode().Matches(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Select(m => m.Groups[1].Value).ToList();
        fresh.Count.ShouldBe(10);
        fresh.ShouldNotContain(oldCodes[1]);
        using var other = CreateClient();
        await TwoFactorForms.PasswordStepAsync(other, user.Email!);
        TwoFactorForms.IsSignedIn(await TwoFactorForms.RecoveryCodeAsync(other, oldCodes[1])).ShouldBeFalse();
    }

    [Fact]
    public async Task TurnOff_WithAWrongPassword_IsRefusedUnderTheField()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        var (key, _) = await Totp.TurnOnAsync(App, user.Id);
        using var client = CreateClient();
        var location = await TwoFactorForms.PasswordStepAsync(client, user.Email!);
        await TwoFactorForms.CodeAsync(client, location, Totp.Code(key));

        var response = await AccountClient.PostFormAsync(client, "/account/two-factor", "turn-off-authenticator",
            new Dictionary<string, string> { ["TurnOff.Proof"] = "not my password at all" });

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("neither a current code from your app nor your password");
        await using var db = App.CreateDbContext();
        db.Users.Single(u => u.Id == user.Id).TwoFactorEnabled.ShouldBeTrue();
    }

    [Fact]
    public async Task TurnOff_WithTheCurrentCode_TurnsCodesOffAndLogInNoLongerAsks()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        var (key, _) = await Totp.TurnOnAsync(App, user.Id);
        using var client = CreateClient();
        var location = await TwoFactorForms.PasswordStepAsync(client, user.Email!);
        await TwoFactorForms.CodeAsync(client, location, Totp.Code(key));

        var response = await AccountClient.PostFormAsync(client, "/account/two-factor", "turn-off-authenticator",
            new Dictionary<string, string> { ["TurnOff.Proof"] = Totp.Code(key) });

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Sign-in codes are off");
        using var fresh = CreateClient();
        var login = await AccountClient.LogInAsync(fresh, user.Email!);
        login.Headers.Location!.OriginalString.ShouldNotContain("two-factor");
        TwoFactorForms.IsSignedIn(login).ShouldBeTrue();
    }
}
