using System.Text.RegularExpressions;

namespace HybridTrainer.Web.Tests.Infrastructure;

/// <summary>Posts the static account forms the way a browser does: antiforgery token from the page, then the form.</summary>
public static partial class AccountClient
{
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryToken().Match(page);
        token.Success.ShouldBeTrue($"no antiforgery token on {path}");
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = token.Groups[1].Value,
            ["_handler"] = formName,
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password = TestData.Password) =>
        PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
