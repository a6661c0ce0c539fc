using System.Net;
using System.Net.Http.Headers;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Audit;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Audit;

/// <summary>Security events reach the audit category with ids, never secrets. Its own app, logging down to Debug.</summary>
[Collection(HostGroup.Name)]
public sealed class AuditLogTests : IAsyncLifetime
{
    private const string WrongPassword = "definitely-not-the-password";
    private readonly LoggedAppFactory _app = new(TestDatabase.NewName("audit"));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SignIn_SuccessAndFailure_AreAuditedWithTheUserIdOrAFingerprintOfTheAddress()
    {
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        using var browser = Browser();

        await AccountClient.LogInAsync(browser, user.Email!, WrongPassword);
        await AccountClient.LogInAsync(browser, user.Email!);

        _app.Log.Audit("SignInSucceeded").ShouldHaveSingleItem().Properties["UserId"].ToString().ShouldContain(user.Id.ToString());
        CapturedLog.Scalar(_app.Log.Audit("SignInFailed").ShouldHaveSingleItem(), "EmailFingerprint").ShouldBe(AuditLog.Fingerprint(user.Email!));
        _app.Log.Audit("SignInFailed").Concat(_app.Log.Audit("SignInSucceeded"))
            .ShouldAllBe(e => !e.RenderMessage(null).Contains(user.Email!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task WrongLogIns_UpToTheLimit_AuditTheLockOut()
    {
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        using var browser = Browser();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await AccountClient.LogInAsync(browser, user.Email!, $"{WrongPassword} {attempt}");
        }

        CapturedLog.Scalar(_app.Log.Audit("AccountLockedOut").ShouldHaveSingleItem(), "UserId").ShouldBe(user.Id.ToString());
    }

    [Fact]
    public async Task TokenCreatedAndRevoked_AreAuditedWithTheIdAndPrefixOnly()
    {
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        using var browser = Browser();
        await AccountClient.LogInAsync(browser, user.Email!);

        var token = AccessTokensPageTests.NewToken().Match(await AccessTokensPageTests.CreateAsync(browser, "nightly sync")).Value;
        Guid tokenId;
        await using (var db = _app.CreateDbContext())
        {
            tokenId = await db.PersonalAccessTokens.Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        await AccountClient.PostFormAsync(browser, "/account/tokens", $"revoke-{tokenId:N}", new Dictionary<string, string>());

        var created = _app.Log.Audit("AccessTokenCreated").ShouldHaveSingleItem();
        CapturedLog.Scalar(created, "TokenId").ShouldBe(tokenId.ToString());
        CapturedLog.Scalar(created, "TokenPrefix").ShouldBe(token[..12]);
        CapturedLog.Scalar(created, "TokenScope").ShouldBe("ReadOnly");
        CapturedLog.Scalar(_app.Log.Audit("AccessTokenRevoked").ShouldHaveSingleItem(), "TokenId").ShouldBe(tokenId.ToString());
    }

    [Fact]
    public async Task PasswordChange_IsAudited()
    {
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        using var browser = Browser();
        await AccountClient.LogInAsync(browser, user.Email!);

        await AccountClient.PostFormAsync(browser, "/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestData.Password,
            ["Input.NewPassword"] = "a brand new long passphrase",
            ["Input.ConfirmPassword"] = "a brand new long passphrase",
        });

        CapturedLog.Scalar(_app.Log.Audit("PasswordChanged").ShouldHaveSingleItem(), "UserId").ShouldBe(user.Id.ToString());
    }

    [Fact]
    public async Task RefusalAtTheAthleteGate_IsAudited()
    {
        var scenario = new ApiScenario(_app);
        var athlete = await scenario.PlannedAthleteAsync();
        var staffId = await scenario.StaffOfAsync(athlete.Athlete.Id);
        using var staff = _app.CreateClient();
        staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await scenario.TokenAsync(staffId));

        var response = await staff.PostAsync($"/api/v1/athletes/{athlete.Athlete.Id}/recovery",
            ApiScenario.Json(new { sleepHours = 7.5, sorenessLegs = 2, sorenessUpper = 2, fatigue = 3, sleepQuality = 3, muscleSoreness = 3, stress = 3, mood = 3 }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refused = _app.Log.Audit("AccessRefused").ShouldHaveSingleItem();
        CapturedLog.Scalar(refused, "UserId").ShouldBe(staffId.ToString());
        CapturedLog.Scalar(refused, "AthleteId").ShouldBe(athlete.Athlete.Id.ToString());
    }

    [Fact]
    public async Task SignInAndTokenRun_LeavesNoPasswordTokenOrCookieInTheLog()
    {
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        using var browser = Browser();
        await AccountClient.LogInAsync(browser, user.Email!, WrongPassword);
        var signedIn = await AccountClient.LogInAsync(browser, user.Email!);
        var cookies = signedIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("HybridTrainer.Auth", StringComparison.Ordinal))
            .Select(c => c[(c.IndexOf('=', StringComparison.Ordinal) + 1)..c.IndexOf(';', StringComparison.Ordinal)])
            .Where(v => !v.StartsWith("chunks-", StringComparison.Ordinal))
            .ToList();
        var token = AccessTokensPageTests.NewToken().Match(await AccessTokensPageTests.CreateAsync(browser, "nightly sync")).Value;
        using var script = _app.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await script.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var log = _app.Log.Text;

        cookies.ShouldNotBeEmpty();
        token.ShouldNotBeEmpty();
        _app.Log.Audit("AccessTokenCreated").ShouldHaveSingleItem("the run was logged");
        log.ShouldNotContain(TestData.Password);
        log.ShouldNotContain(WrongPassword);
        log.ShouldNotContain(token);
        log.ShouldNotContain(token[12..]);
        cookies.ShouldAllBe(cookie => !log.Contains(cookie, StringComparison.Ordinal));
    }

    private HttpClient Browser() => _app.CreateClient(new() { AllowAutoRedirect = false });
}
