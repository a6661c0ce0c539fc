using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.AccessTokens;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>
/// Two app instances on one database: a password reset on one ends the account's cookie and bearer sign-ins that the
/// other remembers within a couple of seconds (PostgreSQL NOTIFY), not at the other's one-minute check.
/// </summary>
[Collection(HostGroup.Name)]
public sealed class CrossInstanceAccessEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    private AppFactory _here = null!;
    private AppFactory _there = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await TestDatabase.EnsureServerReachableAsync();
        var name = TestDatabase.NewName("instances");
        _here = new AppFactory(name);
        _here.UseKestrel(0);
        _here.StartServer();
        _there = new AppFactory(name) { DropsDatabase = false };
        _there.UseKestrel(0);
        _there.StartServer();
    }

    public async ValueTask DisposeAsync()
    {
        await _there.DisposeAsync();
        await _here.DisposeAsync();
    }

    [Fact]
    public async Task PasswordResetOnOneInstance_TheOtherForgetsTheBearerSignInAndRefusesTheCookieWithinTwoSeconds()
    {
        var scenario = new ApiScenario(_here);
        var planned = await scenario.PlannedAthleteAsync();
        var token = await scenario.TokenAsync(planned.UserId);
        var session = $"/api/v1/sessions/{planned.Sessions[0].Id}";
        using var script = _there.CreateHttpClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var browser = _there.CreateHttpClient();
        (await AccountClient.LogInAsync(browser, await EmailOfAsync(planned.UserId))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/account/password", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await script.GetAsync(session, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var signIns = _there.Services.GetRequiredService<AccessTokenSignIns>();
        signIns.TryGet(SecretTokens.Hash(token), out _).ShouldBeTrue("the other instance remembers the bearer sign-in");

        await ResetPasswordHereAsync(planned.UserId);

        var clock = Stopwatch.StartNew();
        while (signIns.TryGet(SecretTokens.Hash(token), out _) && clock.Elapsed < Within)
        {
            await Task.Delay(20, Ct);
        }

        clock.Elapsed.ShouldBeLessThan(Within, "the other instance still held the bearer sign-in");
        (await script.GetAsync(session, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await browser.GetAsync("/account/password", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldContain("/account/login");
    }

    [Fact]
    public async Task TokenRevokedOnOneInstance_TheOtherRefusesItWithinTwoSeconds()
    {
        var scenario = new ApiScenario(_here);
        var planned = await scenario.PlannedAthleteAsync();
        var token = await scenario.TokenAsync(planned.UserId);
        var session = $"/api/v1/sessions/{planned.Sessions[0].Id}";
        using var script = _there.CreateHttpClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await script.GetAsync(session, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var signIns = _there.Services.GetRequiredService<AccessTokenSignIns>();
        signIns.TryGet(SecretTokens.Hash(token), out _).ShouldBeTrue("the other instance remembers the bearer sign-in");

        await using (var scope = _here.Services.CreateAsyncScope())
        {
            await using var db = _here.CreateDbContext();
            var tokenId = await db.PersonalAccessTokens.Where(t => t.UserId == planned.UserId).Select(t => t.Id).SingleAsync(Ct);
            (await scope.ServiceProvider.GetRequiredService<AccessTokenService>().RevokeAsync(TestData.Principal(planned.UserId), tokenId, Ct)).ShouldBeTrue();
        }

        var clock = Stopwatch.StartNew();
        while (signIns.TryGet(SecretTokens.Hash(token), out _) && clock.Elapsed < Within)
        {
            await Task.Delay(20, Ct);
        }

        clock.Elapsed.ShouldBeLessThan(Within, "the other instance still held the revoked token's sign-in");
        (await script.GetAsync(session, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task APasswordReset_EndsOnlyThatUsersAccessOnTheOtherInstance()
    {
        var scenario = new ApiScenario(_here);
        var changed = await scenario.PlannedAthleteAsync();
        var bystander = await scenario.PlannedAthleteAsync();
        var token = await scenario.TokenAsync(bystander.UserId);
        using var script = _there.CreateHttpClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await script.GetAsync($"/api/v1/sessions/{bystander.Sessions[0].Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ResetPasswordHereAsync(changed.UserId);
        await Task.Delay(Within, Ct);

        _there.Services.GetRequiredService<AccessTokenSignIns>().TryGet(SecretTokens.Hash(token), out _).ShouldBeTrue();
        (await script.GetAsync($"/api/v1/sessions/{bystander.Sessions[0].Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task ResetPasswordHereAsync(Guid userId)
    {
        await using var scope = _here.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var account = (await users.FindByIdAsync(userId.ToString()))!;
        (await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), "a reset passphrase 77")).Succeeded.ShouldBeTrue();
    }

    private async Task<string> EmailOfAsync(Guid userId)
    {
        await using var db = _here.CreateDbContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync(Ct);
    }
}
