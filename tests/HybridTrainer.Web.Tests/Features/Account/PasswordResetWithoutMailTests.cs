using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>The shared test app has no <c>Email:</c> settings: the pages that would send mail say so and nothing breaks.</summary>
public class PasswordResetWithoutMailTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task ForgotPasswordPage_WithEmailOff_SaysToAskTheGymAdmin()
    {
        using var client = CreateClient();

        var page = await client.GetStringAsync("/account/forgot-password", TestContext.Current.CancellationToken);

        page.ShouldContain("This server does not send e-mail");
        page.ShouldContain("Ask your gym admin for a reset link");
        page.ShouldNotContain("name=\"Input.Email\"");
    }

    [Fact]
    public async Task LoginPage_LinksToForgotPassword()
    {
        using var client = CreateClient();

        (await client.GetStringAsync("/account/login", TestContext.Current.CancellationToken)).ShouldContain("href=\"account/forgot-password\"");
    }

    [Fact]
    public async Task Registration_WithEmailOff_ShowsNoConfirmationBanner()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        (await client.GetStringAsync("/account/password", TestContext.Current.CancellationToken)).ShouldNotContain("confirm-email-banner");
        (await client.GetStringAsync("/account/confirm-email/send", TestContext.Current.CancellationToken)).ShouldContain("This server does not send e-mail");
    }

    [Theory]
    [InlineData("/account/reset-password")]
    [InlineData("/account/reset-password?email=someone%40example.test")]
    [InlineData("/account/reset-password?code=not-a-code&email=someone%40example.test")]
    public async Task ResetPage_WithAMissingOrBrokenLink_AnswersWithAClearMessage(string path)
    {
        using var client = CreateClient();
        var page = await client.GetStringAsync(path, TestContext.Current.CancellationToken);

        if (path.Contains("code=", StringComparison.Ordinal))
        {
            // The form shows; the code is checked when the new password is posted.
            var response = await AccountClient.PostFormAsync(client, path, "reset-password", new Dictionary<string, string>
            {
                ["Input.Code"] = "not-a-code",
                ["Input.Email"] = "someone@example.test",
                ["Input.NewPassword"] = "a fresh passphrase for spring",
                ["Input.ConfirmPassword"] = "a fresh passphrase for spring",
            });
            page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        page.ShouldContain("This reset link does not work");
    }
}
