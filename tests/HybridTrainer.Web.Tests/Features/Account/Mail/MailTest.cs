using System.Text.RegularExpressions;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Infrastructure.Mail;

namespace HybridTrainer.Web.Tests.Features.Account.Mail;

/// <summary>Base for tests against the app that sends e-mail to a real smtp4dev: a clean database and inbox each test.</summary>
[Collection(HostGroup.Name)]
public abstract partial class MailTest(MailHostFixture mail) : IClassFixture<MailHostFixture>, IAsyncLifetime
{
    protected const string NewPassword = "a fresh passphrase for spring";

    protected MailHostFixture Mail { get; } = mail;

    protected AppFactory App => Mail.App;

    protected Smtp4devServer Smtp => Mail.Smtp;

    public virtual async ValueTask InitializeAsync() => await Mail.ResetAsync();

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected HttpClient CreateClient() => App.CreateHttpClient();

    protected static Task<HttpResponseMessage> ForgotAsync(HttpClient client, string email) =>
        AccountClient.PostFormAsync(client, "/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });

    /// <summary>Opens the link as a browser would, then posts the new password with the form's hidden code.</summary>
    protected static async Task<string> ResetWithLinkAsync(HttpClient client, string link, string password)
    {
        var page = await client.GetStringAsync(link);
        var code = Hidden("Input.Code").Match(page);
        var email = Hidden("Input.Email").Match(page);
        if (!code.Success)
        {
            return page; // the page refused the link before showing the form
        }

        var response = await AccountClient.PostFormAsync(client, link, "reset-password", new Dictionary<string, string>
        {
            ["Input.Code"] = System.Net.WebUtility.HtmlDecode(code.Groups[1].Value),
            ["Input.Email"] = System.Net.WebUtility.HtmlDecode(email.Groups[1].Value),
            ["Input.NewPassword"] = password,
            ["Input.ConfirmPassword"] = password,
        });
        return await response.Content.ReadAsStringAsync();
    }

    protected static string LinkIn(string text, string path)
    {
        var match = Link().Matches(text).Select(m => m.Value).FirstOrDefault(l => l.Contains(path, StringComparison.Ordinal));
        match.ShouldNotBeNull($"no {path} link in the mail: {text}");
        return match;
    }

    private static Regex Hidden(string name) => new($"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
