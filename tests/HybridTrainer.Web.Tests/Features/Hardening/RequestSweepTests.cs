using System.Text.RegularExpressions;
using HybridTrainer.Web.Tests.Features.Authorization;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Resilience;
using static HybridTrainer.Web.Tests.Features.Hardening.HostileRequestValues;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>
/// Every page and endpoint of the authorization matrix, asked by each of its eight callers with hostile values in what a
/// request carries besides its body: route values, query parameters, headers, a forged or truncated auth cookie, and
/// (for the static account forms) the form fields and antiforgery tokens. No answer is 5xx, every /api 4xx is problem
/// details, every page is friendly, and nothing stored changes. Seeded: a failure replays.
/// </summary>
public partial class RequestSweepTests(HostFixture host) : HostTest(host)
{
    private const int Seed = 20261205;
    private const int PerEndpointAndCaller = 6;
    private const string AuthCookie = "HybridTrainer.Auth";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // A block request that is always refused (no block has zero weeks): the matrix's own body would create one.
    private static readonly Dictionary<string, string> RefusedBodies = new()
    {
        ["POST /api/v1/athletes/{athleteId:guid}/blocks"] = """{"startDate":"2030-01-07","weeks":0}""",
    };

    [Fact]
    public async Task EveryEndpoint_AsEveryCaller_WithHostileRouteQueryHeadersAndCookies_NeverFailsAndWritesNothing()
    {
        using var callers = await SweepCallers.CreateAsync(App);
        var random = new Random(Seed);
        var requests = new List<SweepRequest>();
        foreach (var endpoint in AuthorizationMatrixTests.Table.Keys)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                for (var i = 0; i < PerEndpointAndCaller; i++)
                {
                    requests.Add(Hostile(endpoint, caller, callers, random));
                }
            }
        }

        var (runner, changed) = await SweepAsync(callers, requests);

        Report("endpoints", requests.Count, AuthorizationMatrixTests.Table.Count, runner);
        runner.Failures.ShouldBeEmpty();
        changed.ShouldBeEmpty("tables changed by hostile requests");
    }

    [Fact]
    public async Task AccountForms_WithHostileFieldsAndMissingOrForgedAntiforgeryTokens_NeverFailAndWriteNothing()
    {
        using var callers = await SweepCallers.CreateAsync(App);
        var random = new Random(Seed + 1);
        var forms = new[] { ("/account/login", "login"), ("/account/register", "register"), ("/account/password", "change-password"), ("/account/logout", ""),
            ("/account/forgot-password", "forgot-password"), ("/account/reset-password", "reset-password"), ("/account/confirm-email/send", "send-confirmation") };
        var requests = new List<SweepRequest>();
        foreach (var (path, name) in forms)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                for (var i = 0; i < 3 * PerEndpointAndCaller; i++)
                {
                    requests.Add(HostileForm(path, name, caller, callers, random));
                }
            }
        }

        var (runner, changed) = await SweepAsync(callers, requests);

        Report("account forms", requests.Count, forms.Length, runner);
        runner.Failures.ShouldBeEmpty();
        changed.ShouldBeEmpty("tables changed by hostile form posts");
    }

    private async Task<(SweepRunner Runner, List<string> Changed)> SweepAsync(SweepCallers callers, List<SweepRequest> requests)
    {
        var connection = TestDatabase.CreateConnectionString(App.DatabaseName);
        var before = await DatabaseSnapshot.TakeAsync(connection);
        var runner = new SweepRunner(callers.Client);
        await runner.RunAsync(requests, Ct);
        var after = await DatabaseSnapshot.TakeAsync(connection);
        return (runner, after.Where(t => before[t.Key] != t.Value).Select(t => t.Key).ToList());
    }

    private static void Report(string what, int requests, int targets, SweepRunner runner) =>
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Sweep of {what}: {requests} hostile requests = {targets} targets × {Enum.GetValues<Caller>().Length} callers × "
            + $"{requests / targets / Enum.GetValues<Caller>().Length} each; {runner.Sent} answered ({runner.RefusedByTheServer} by Kestrel "
            + $"before the app), {runner.RefusedByTheClient} not sendable by HttpClient; {runner.Elapsed.TotalSeconds:F1} s.");

    // One request to the endpoint as the caller, with one or two parts made hostile: a route value, the query, a
    // header, or the auth cookie.
    private static SweepRequest Hostile(string endpoint, Caller caller, SweepCallers callers, Random random)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        var (method, pattern) = (endpoint[..space], endpoint[(space + 1)..]);
        var parameters = Parameter().Matches(pattern).Select(m => m.Groups[1].Value).ToList();
        var hostileParameter = parameters.Count > 0 && random.Next(4) == 0 ? Pick(random, parameters) : null;
        var what = new List<string>();
        var path = Parameter().Replace(pattern, m =>
        {
            var name = m.Groups[1].Value;
            if (name != hostileParameter)
            {
                return callers.World.RouteValues.GetValueOrDefault(name) ?? AuthorizationMatrixTests.Fixed[name];
            }

            var value = Any(random);
            what.Add($"route {name}={Describe(value)}");
            return random.Next(3) == 0 ? value : Uri.EscapeDataString(value);
        });

        var kinds = random.Next(3) == 0 ? 2 : 1;
        var cookie = callers.Cookies[caller];
        var headers = new List<(string, string)>();
        var query = new List<string>();
        for (var k = 0; k < kinds; k++)
        {
            switch (random.Next(hostileParameter is null ? 4 : 5))
            {
                case 0 or 1:
                    var name = Pick(random, QueryNames);
                    var value = Any(random);
                    what.Add($"query {name}={Describe(value)}");
                    query.Add($"{name}={(random.Next(3) == 0 ? value : Uri.EscapeDataString(value))}");
                    break;
                case 2:
                    var header = Pick(random, HeaderNames);
                    var headerValue = ForHeader(random, header);
                    what.Add($"header {header}: {Describe(headerValue)}");
                    if (header == "Cookie")
                    {
                        cookie = headerValue;
                    }
                    else
                    {
                        headers.Add((header, headerValue));
                    }

                    break;
                case 3:
                    cookie = ForgedCookie(callers.Cookies[caller], random);
                    what.Add($"cookie {Describe(cookie)}");
                    break;
            }
        }

        var pathAndQuery = query.Count == 0 ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{string.Join('&', query)}";
        var request = new SweepRequest(endpoint, caller, new HttpMethod(method), pathAndQuery, cookie, string.Join("; ", what))
        {
            Upload = AuthorizationMatrixTests.Uploads.Contains(endpoint),
            Json = method is "POST" or "PUT" && !AuthorizationMatrixTests.Uploads.Contains(endpoint)
                ? RefusedBodies.GetValueOrDefault(endpoint) ?? AuthorizationMatrixTests.Bodies.GetValueOrDefault(endpoint, "")
                : null,
        };
        request.Headers.AddRange(headers);
        return request;
    }

    // The auth cookie cut short, with a character changed, replaced by a forgery or a hostile value, or sent twice.
    private static string ForgedCookie(string cookie, Random random)
    {
        var auth = Regex.Match(cookie, $@"{Regex.Escape(AuthCookie)}=([^;]*)");
        var value = auth.Success ? auth.Groups[1].Value : "CfDJ8" + Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        var forged = random.Next(5) switch
        {
            0 => value[..random.Next(value.Length)],
            1 => string.Concat(value.AsSpan(0, value.Length / 2), value[value.Length / 2] == 'A' ? "B" : "A", value.AsSpan(value.Length / 2 + 1)),
            2 => "CfDJ8" + Convert.ToBase64String(Enumerable.Range(0, random.Next(1, 400)).Select(_ => (byte)random.Next(256)).ToArray()),
            3 => Any(random),
            _ => $"{value}; {AuthCookie}={value[..(value.Length / 2)]}",
        };
        var others = Regex.Replace(cookie, $@"{Regex.Escape(AuthCookie)}=[^;]*;?\s*", "");
        return $"{others}{(others.Length > 0 ? "; " : "")}{AuthCookie}={forged}";
    }

    // A post of the form with hostile fields. Its antiforgery token is the caller's own (so the fields are read), missing,
    // forged, or another caller's; its handler name is right, hostile or missing. The e-mail fields never name an
    // account and the current password is never the real one, so no post can sign in, lock out, register or change one.
    private static SweepRequest HostileForm(string path, string formName, Caller caller, SweepCallers callers, Random random)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var names = formName switch
        {
            "login" => new[] { "Input.Email", "Input.Password", "Input.RememberMe" },
            "register" => ["Input.DisplayName", "Input.Email", "Input.Password", "Input.ConfirmPassword", "Input.TimeZone", "Input.Role"],
            "change-password" => ["Input.CurrentPassword", "Input.NewPassword", "Input.ConfirmPassword", "Input.KeepAccessTokens"],
            "forgot-password" => ["Input.Email"],
            "reset-password" => ["Input.Email", "Input.Code", "Input.NewPassword", "Input.ConfirmPassword"],
            "send-confirmation" => ["Input.Send"],
            _ => [],
        };
        fields.AddRange(names.Select(n => KeyValuePair.Create(n, random.Next(4) == 0 ? "correct horse battery stapler" : Any(random))));
        if (random.Next(5) == 0)
        {
            fields.Add(KeyValuePair.Create(Any(random), Any(random)));
        }

        var what = new List<string>();
        var token = random.Next(formName.Length == 0 ? 2 : 5) switch
        {
            0 => null,
            1 => "CfDJ8" + Convert.ToBase64String(Enumerable.Range(0, random.Next(1, 200)).Select(_ => (byte)random.Next(256)).ToArray()),
            2 => callers.FormTokens[Enum.GetValues<Caller>()[(int)(caller + 1) % 8]],
            _ => callers.FormTokens[caller],
        };
        what.Add(token is null ? "no token" : token == callers.FormTokens[caller] ? "own token" : "forged or foreign token");
        if (token is not null)
        {
            fields.Add(KeyValuePair.Create("__RequestVerificationToken", random.Next(8) == 0 ? Any(random) : token));
        }

        var handler = random.Next(6) switch { 0 => null, 1 => Any(random), _ => formName };
        if (handler is { Length: > 0 })
        {
            fields.Add(KeyValuePair.Create("_handler", handler));
        }

        what.Add($"handler {Describe(handler ?? "(none)")}");
        what.AddRange(fields.Where(f => f.Key.StartsWith("Input.", StringComparison.Ordinal)).Select(f => $"{f.Key}={Describe(f.Value)}"));
        var query = random.Next(3) == 0 ? $"?ReturnUrl={Uri.EscapeDataString(Any(random))}" : "";
        var request = new SweepRequest(path, caller, HttpMethod.Post, path + query, callers.Cookies[caller], string.Join("; ", what))
        {
            Form = fields,
            MultipartForm = random.Next(5) == 0,
        };
        if (random.Next(6) == 0)
        {
            var header = Pick(random, HeaderNames.Where(h => h != "Cookie").ToList());
            request.Headers.Add((header, ForHeader(random, header)));
        }

        return request;
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();
}
