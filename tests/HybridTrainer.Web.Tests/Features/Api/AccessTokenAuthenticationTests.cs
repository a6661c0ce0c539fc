using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.AccessTokens;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.Tests.Features.Api;

public partial class AccessTokenAuthenticationTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task ApiRequest_WithAValidToken_SucceedsAsTheTokensUser()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.Data.UserAsync(AppRoles.Athlete);
        await scenario.Data.AthleteAsync("Token owner", me.Id);
        await scenario.Data.AthleteAsync("Someone else", await scenario.StrangerAsync());
        using var client = await scenario.ClientAsync(me.Id);

        var athletes = await ApiScenario.ReadAsync(await client.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken), HttpStatusCode.OK);

        athletes.EnumerateArray().Select(a => a.GetProperty("displayName").GetString()).ShouldBe(["Token owner"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer htp_not-a-real-token")]
    [InlineData("Bearer htp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task ApiRequest_WithoutValidCredentials_Answers401ProblemNotARedirect(string? authorization)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/athletes");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Unauthorized);
        response.Headers.Location.ShouldBeNull();
    }

    [Fact]
    public async Task ApiRequest_WithABadBearerToken_SaysBearerInvalidToken()
    {
        using var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SecretTokens.New(SecretTokens.AccessTokenPrefix));

        var response = await client.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
    }

    [Fact]
    public async Task ApiRequest_WithATokenRevokedOnItsPage_Answers401AtOnce()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.Data.UserAsync(AppRoles.Athlete);
        using var client = await scenario.ClientAsync(me.Id);
        (await client.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        Guid tokenId;
        await using (var db = App.CreateDbContext())
        {
            tokenId = await db.PersonalAccessTokens.Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        await using (var scope = App.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<AccessTokenService>()
                .RevokeAsync(TestData.Principal(me.Id), tokenId, TestContext.Current.CancellationToken)).ShouldBeTrue();
        }

        var response = await client.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ApiRequest_WithATokenRevokedBeforeItsFirstUse_Answers401()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.Data.UserAsync(AppRoles.Athlete);
        using var client = await scenario.ClientAsync(me.Id);
        await using (var db = App.CreateDbContext())
        {
            await db.PersonalAccessTokens.ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, TestClock.Start), TestContext.Current.CancellationToken);
        }

        var response = await client.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ApiRequest_WithAnExpiredToken_Answers401()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.Data.UserAsync(AppRoles.Athlete);
        using var client = await scenario.ClientAsync(me.Id);
        await using (var db = App.CreateDbContext())
        {
            await db.PersonalAccessTokens.ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, TestClock.Start.AddSeconds(-1)), TestContext.Current.CancellationToken);
        }

        var response = await client.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ApiRequest_UsingAToken_NotesWhenItWasLastUsedAtMostOnceAMinute()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.Data.UserAsync(AppRoles.Athlete);
        using var client = await scenario.ClientAsync(me.Id);
        // The app's clock, not the run's start: other tests may have moved it on (a minute's revalidation, say).
        var now = App.Clock.GetUtcNow();

        await client.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken);
        var first = await LastUsedAsync();
        await client.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken);

        first.ShouldNotBeNull();
        first.Value.ShouldBe(now, TimeSpan.FromMinutes(1));
        (await LastUsedAsync()).ShouldBe(first);
    }

    [Fact]
    public async Task Token_IsStoredOnlyAsItsHashWithAVisiblePrefix()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.Data.UserAsync(AppRoles.Athlete);

        var token = await scenario.TokenAsync(me.Id);

        TokenShape().IsMatch(token).ShouldBeTrue(token);
        await using var db = App.CreateDbContext();
        var stored = await db.PersonalAccessTokens.SingleAsync(TestContext.Current.CancellationToken);
        stored.TokenHash.ShouldBe(SecretTokens.Hash(token));
        stored.Prefix.ShouldBe(token[..12]);
    }

    [Fact]
    public async Task Page_WithABearerTokenButNoCookie_StillAsksToLogIn()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.Data.UserAsync(AppRoles.Athlete);
        using var client = await scenario.ClientAsync(me.Id);

        var response = await client.GetAsync("/account/password", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("account/login");
    }

    [Fact]
    public async Task ApiRequest_WithTheSignInCookie_StillWorks()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.Data.UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        (await AccountClient.LogInAsync(client, me.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await client.GetAsync("/api/v1/athletes", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Token_SignsInWithTheUsersRolesLikeTheCookie()
    {
        var scenario = new ApiScenario(App);
        var coach = await scenario.Data.UserAsync(AppRoles.Coach);
        var token = await scenario.TokenAsync(coach.Id);
        await using var scope = App.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Path = "/api/v1/athletes";
        context.Request.Headers.Authorization = $"Bearer {token}";

        var result = await context.AuthenticateAsync();

        result.Succeeded.ShouldBeTrue();
        result.Principal!.IsInRole(AppRoles.Coach).ShouldBeTrue();
        result.Principal.FindFirstValue(ClaimTypes.NameIdentifier).ShouldBe(coach.Id.ToString());
    }

    private async Task<DateTimeOffset?> LastUsedAsync()
    {
        await using var db = App.CreateDbContext();
        return await db.PersonalAccessTokens.Select(t => t.LastUsedAt).SingleAsync(TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("^htp_[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenShape();
}
