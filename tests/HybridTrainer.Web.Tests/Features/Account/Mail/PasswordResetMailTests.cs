using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Infrastructure.Mail;

namespace HybridTrainer.Web.Tests.Features.Account.Mail;

/// <summary>Forgot password → e-mail (received by smtp4dev) → one-time link → new password.</summary>
public class PasswordResetMailTests(MailHostFixture mail) : MailTest(mail)
{
    [Fact]
    public async Task ForgotPassword_KnownAndUnknownAddress_SameAnswer_OnlyTheAccountGetsAMail()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();

        var unknown = await (await ForgotAsync(client, "nobody-here@example.test")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var known = await (await ForgotAsync(client, user.Email!)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        unknown.ShouldContain("If an account exists for that address, we sent a link to it.");
        Answer(unknown).ShouldBe(Answer(known));
        // Mail leaves in the order asked: once the account's has arrived, the unknown address's would have too.
        var (received, text) = await Smtp.WaitForMailToAsync(user.Email!);
        received.Subject.ShouldBe("Reset your HybridTrainer password");
        text.ShouldContain("/account/reset-password?code=");
        (await Smtp.MessagesAsync()).Select(m => m.To.Single()).ShouldBe([user.Email!]);
    }

    [Fact]
    public async Task ResetLink_SetsTheNewPasswordOnce_TheOldOneAndASecondUseAreRefused()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await ForgotAsync(client, user.Email!);
        var link = LinkIn((await Smtp.WaitForMailToAsync(user.Email!)).Text, "/account/reset-password");

        (await ResetWithLinkAsync(client, link, NewPassword)).ShouldContain("Your password has been changed.");
        var second = await ResetWithLinkAsync(CreateClient(), link, "yet another passphrase here");

        second.ShouldContain("This reset link does not work: it was used already");
        using var fresh = CreateClient();
        (await AccountClient.LogInAsync(fresh, user.Email!, TestData.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AccountClient.LogInAsync(fresh, user.Email!, "yet another passphrase here")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AccountClient.LogInAsync(fresh, user.Email!, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ResetLink_EndsEverySignInSessionOfTheAccount()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Coach);
        using var signedIn = CreateClient();
        (await AccountClient.LogInAsync(signedIn, user.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await signedIn.GetAsync("/account/password", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var client = CreateClient();
        await ForgotAsync(client, user.Email!);

        await ResetWithLinkAsync(client, LinkIn((await Smtp.WaitForMailToAsync(user.Email!)).Text, "/account/reset-password"), NewPassword);

        var after = await signedIn.GetAsync("/account/password", TestContext.Current.CancellationToken);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldContain("/account/login");
    }

    [Fact]
    public async Task ResetLink_NewPasswordTooShort_SaysSoUnderTheFieldAndTheLinkStillWorks()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await ForgotAsync(client, user.Email!);
        var link = LinkIn((await Smtp.WaitForMailToAsync(user.Email!)).Text, "/account/reset-password");

        (await ResetWithLinkAsync(client, link, "short")).ShouldContain("Use at least 12 characters; a short sentence works well.");

        (await ResetWithLinkAsync(client, link, NewPassword)).ShouldContain("Your password has been changed.");
    }

    [Fact]
    public async Task ResetLink_AlteredCode_IsRefusedWithAClearMessage()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await ForgotAsync(client, user.Email!);
        var link = LinkIn((await Smtp.WaitForMailToAsync(user.Email!)).Text, "/account/reset-password");
        var altered = link.Replace("code=", "code=AAAA", StringComparison.Ordinal);

        (await ResetWithLinkAsync(client, altered, NewPassword)).ShouldContain("This reset link does not work");

        (await AccountClient.LogInAsync(client, user.Email!, TestData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ForgotPassword_MoreRequestsForOneAddressThanTheHourlyLimit_SendsOnlyUpToTheLimit()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        var other = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await ForgotAsync(client, user.Email!)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await ForgotAsync(client, other.Email!);
        await Smtp.WaitForMailToAsync(other.Email!);

        (await Smtp.MessagesAsync()).Count(m => m.To.Contains(user.Email!)).ShouldBe(3);
    }

    [Fact]
    public async Task ResetMail_HasAPlainTextAndAnHtmlBody_FromTheConfiguredSender()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete, name: "Ana <Runner>");
        using var client = CreateClient();
        await ForgotAsync(client, user.Email!);

        var (received, text) = await Smtp.WaitForMailToAsync(user.Email!);
        var html = await Smtp.HtmlOfAsync(received.Id);

        received.From.ShouldContain("coach-bot@hybridtrainer.test");
        text.ShouldContain("Hello Ana <Runner>,");
        html.ShouldContain("Ana &lt;Runner&gt;");
        html.ShouldContain("/account/reset-password?code=");
    }

    private static string Answer(string page) => page[page.IndexOf("data-testid=\"reset-requested\"", StringComparison.Ordinal)..][..200];
}
