using System.Net;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Infrastructure.Mail;

namespace HybridTrainer.Web.Tests.Features.Account.Mail;

/// <summary>A new account gets a confirmation mail; the link confirms the address; until then a banner asks for it.</summary>
public class EmailConfirmationMailTests(MailHostFixture mail) : MailTest(mail)
{
    [Fact]
    public async Task Registration_SendsAConfirmationLink_ThatConfirmsTheAddressAndEndsTheBanner()
    {
        using var client = CreateClient();
        var email = $"new-{Guid.NewGuid():N}@example.test";
        (await RegisterAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/account/password", TestContext.Current.CancellationToken)).ShouldContain("confirm-email-banner");

        var (received, text) = await Smtp.WaitForMailToAsync(email);
        received.Subject.ShouldBe("Confirm your e-mail address for HybridTrainer");
        var confirmed = await client.GetStringAsync(LinkIn(text, "/account/confirm-email"), TestContext.Current.CancellationToken);

        confirmed.ShouldContain("your e-mail address is confirmed");
        await using var db = App.CreateDbContext();
        db.Users.Single(u => u.Email == email).EmailConfirmed.ShouldBeTrue();
        (await client.GetStringAsync("/account/password", TestContext.Current.CancellationToken)).ShouldNotContain("confirm-email-banner");
    }

    [Fact]
    public async Task ConfirmLink_ForAnotherAccount_DoesNotConfirm()
    {
        using var client = CreateClient();
        var email = $"new-{Guid.NewGuid():N}@example.test";
        await RegisterAsync(client, email);
        var link = LinkIn((await Smtp.WaitForMailToAsync(email)).Text, "/account/confirm-email");
        var other = await new TestData(App).UserAsync(Data.Identity.AppRoles.Athlete);
        var forged = System.Text.RegularExpressions.Regex.Replace(link, "userId=[^&]+", $"userId={other.Id}");

        (await client.GetStringAsync(forged, TestContext.Current.CancellationToken)).ShouldContain("This confirmation link does not work");

        await using var db = App.CreateDbContext();
        db.Users.Single(u => u.Id == other.Id).EmailConfirmed.ShouldBeFalse();
    }

    [Fact]
    public async Task SendAgain_MailsANewLink()
    {
        var user = await new TestData(App).UserAsync(Data.Identity.AppRoles.Coach);
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, user.Email!);

        var page = await AccountClient.PostFormAsync(client, "/account/confirm-email/send", "send-confirmation", new Dictionary<string, string> { ["Input.Send"] = "true" });

        (await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("We sent a new link.");
        LinkIn((await Smtp.WaitForMailToAsync(user.Email!)).Text, "/account/confirm-email").ShouldContain($"userId={user.Id}");
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email) =>
        AccountClient.PostFormAsync(client, "/account/register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "New Runner",
            ["Input.Email"] = email,
            ["Input.Password"] = "spring marathon on the hills",
            ["Input.ConfirmPassword"] = "spring marathon on the hills",
            ["Input.TimeZone"] = "Europe/Madrid",
            ["Input.Role"] = "Athlete",
        });
}
