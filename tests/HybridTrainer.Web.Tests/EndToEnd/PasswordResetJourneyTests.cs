using System.Text.RegularExpressions;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Infrastructure.Mail;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>Forgot password in the browser, the link from the mail smtp4dev received, a new password, a sign-in.</summary>
[Trait("Category", "E2E")]
[Collection(BrowserGroup.Name)]
public partial class PasswordResetJourneyTests(MailHostFixture mail, BrowserFixture browser) : IClassFixture<MailHostFixture>, IAsyncLifetime
{
    private const string NewPassword = "a fresh passphrase for spring";
    private IBrowserContext? _context;

    private IPage Page { get; set; } = default!;

    public async ValueTask InitializeAsync()
    {
        await mail.ResetAsync();
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = mail.App.BaseAddress.ToString() });
        _context.SetDefaultTimeout(15_000);
        Page = await _context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    [Fact]
    public async Task ForgotPassword_LinkFromTheMail_SetsANewPasswordThatSignsIn()
    {
        var user = await new TestData(mail.App).UserAsync(AppRoles.Athlete, name: "Robin Reset");
        await Page.GotoAsync("/account/login");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Forgot password?" }).ClickAsync();
        // The log-in page has an E-mail field too: wait for the new page before typing.
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Forgot your password?" })).ToBeVisibleAsync();
        await Page.GetByLabel("E-mail").FillAsync(user.Email!);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("reset-requested")).ToContainTextAsync("If an account exists for that address, we sent a link");

        var (_, text) = await mail.Smtp.WaitForMailToAsync(user.Email!);
        await Page.GotoAsync(ResetLink().Match(text).Value);
        await Page.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
        await Page.GetByLabel("New password again").FillAsync(NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Set the new password" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("reset-done")).ToBeVisibleAsync();

        await Page.Locator("#main").GetByRole(AriaRole.Link, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Log in" })).ToBeVisibleAsync();
        await Page.GetByLabel("E-mail").FillAsync(user.Email!);
        await Page.GetByLabel("Password").FillAsync(NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("signed-in-as")).ToHaveTextAsync("Robin Reset");
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
