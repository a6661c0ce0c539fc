using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Gym;
using HybridTrainer.Web.Features.Invitations;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>
/// The five ways access ends, each felt on the very next request (no clock advance): the one-minute cookie check and
/// the 30-second bearer cache must not keep an ended right alive.
/// </summary>
public partial class AccessEndsNowTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PasswordChangedOnOneDevice_TheOtherDevicesCookie_IsRefusedOnItsNextRequest()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var here = await SignedInAsync(user.Email!);
        using var elsewhere = await SignedInAsync(user.Email!);

        var changed = await AccountClient.PostFormAsync(here, "/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestData.Password,
            ["Input.NewPassword"] = "a brand new passphrase 42",
            ["Input.ConfirmPassword"] = "a brand new passphrase 42",
        });
        (await changed.Content.ReadAsStringAsync(Ct)).ShouldContain("Your password has been changed");

        await ShouldBeSignedOutAsync(elsewhere);
        (await here.GetAsync("/account/password", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PasswordReset_CookieAndAccessToken_AreRefusedOnTheirNextRequest()
    {
        var scenario = new ApiScenario(App);
        var planned = await scenario.PlannedAthleteAsync();
        var email = await EmailOfAsync(planned.UserId);
        using var browser = await SignedInAsync(email);
        using var script = await scenario.ClientAsync(planned.UserId);
        (await script.GetAsync($"/api/v1/sessions/{planned.Sessions[0].Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var account = (await users.FindByIdAsync(planned.UserId.ToString()))!;
            var reset = await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), "a reset passphrase 77");
            reset.Succeeded.ShouldBeTrue();
        }

        await ShouldBeSignedOutAsync(browser);
        (await script.GetAsync($"/api/v1/sessions/{planned.Sessions[0].Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RoleChange_StaffTakenOutOfTheGym_CookieAndAccessTokenLoseTheMembersDataOnTheirNextRequest()
    {
        var scenario = new ApiScenario(App);
        var planned = await scenario.PlannedAthleteAsync();
        var staff = await scenario.Data.UserAsync(AppRoles.GymStaff);
        var admin = await scenario.Data.UserAsync(AppRoles.GymAdmin);
        var gym = await scenario.Data.GymAsync("Riverside", (staff.Id, GymRole.Staff), (admin.Id, GymRole.Admin));
        await using (var db = App.CreateDbContext())
        {
            await db.Athletes.Where(a => a.Id == planned.Athlete.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.GymId, gym.Id), Ct);
        }

        using var browser = await SignedInAsync(staff.Email!);
        var token = await scenario.TokenAsync(staff.Id);
        using var script = Bearer(token);
        var session = $"/api/v1/sessions/{planned.Sessions[0].Id}";
        (await browser.GetAsync($"/athletes/{planned.Athlete.Id}/week", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await script.GetAsync(session, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var removed = await scope.ServiceProvider.GetRequiredService<GymMembers>()
                .RemoveAsync(TestData.Principal(admin.Id), gym.Id, staff.Id, GymRole.Staff, Ct);
            removed.Failure.ShouldBeNull();
        }

        await ShouldBeSignedOutAsync(browser);
        (await script.GetAsync(session, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The token still works, but its principal is rebuilt: the cached one with the lost role is gone.
        App.Services.GetRequiredService<AccessTokenSignIns>().TryGet(SecretTokens.Hash(token), out var cached).ShouldBeTrue();
        cached.IsInRole(AppRoles.GymStaff).ShouldBeFalse();
    }

    [Fact]
    public async Task WithdrawnInvitation_AcceptedFromAPageOpenedBeforeTheWithdrawal_IsRefusedAndGrantsNothing()
    {
        var data = new TestData(App);
        var admin = await data.UserAsync(AppRoles.GymAdmin);
        var gym = await data.GymAsync("Riverside", (admin.Id, GymRole.Admin));
        var invitee = await data.UserAsync(AppRoles.Athlete);
        CreatedInvitation link;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var issued = await scope.ServiceProvider.GetRequiredService<InvitationIssuer>().InviteToGymAsync(
                TestData.Principal(admin.Id), gym.Id, new InviteInput { Kind = InvitationKind.GymStaff, Label = "Sam" }, Ct);
            link = issued.Value!;
        }

        using var browser = await SignedInAsync(invitee.Email!);
        var page = await browser.GetStringAsync("/" + link.Path, Ct);
        page.ShouldContain("Accept the invitation");

        await using (var scope = App.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<InvitationIssuer>().RevokeAsync(TestData.Principal(admin.Id), link.Id, Ct)).ShouldBeTrue();
        }

        var accepted = await browser.PostAsync("/" + link.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
            ["_handler"] = "claim",
        }), Ct);

        var body = await accepted.Content.ReadAsStringAsync(Ct);
        ((int)accepted.StatusCode).ShouldBeLessThan(500);
        body.ShouldContain("withdrawn", customMessage: $"{accepted.StatusCode}: {body[Math.Max(0, body.IndexOf("<main", StringComparison.Ordinal))..]}");
        await using var check = App.CreateDbContext();
        (await check.GymMemberships.AnyAsync(m => m.UserId == invitee.Id, Ct)).ShouldBeFalse();
        (await check.UserRoles.AnyAsync(r => r.UserId == invitee.Id && r.RoleId == check.Roles.Single(x => x.Name == AppRoles.GymStaff).Id, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task EndedCoachRelationship_CoachsCookieAndAccessToken_SeeNothingOfTheAthleteOnTheirNextRequest()
    {
        var scenario = new ApiScenario(App);
        var planned = await scenario.PlannedAthleteAsync();
        var coach = await scenario.Data.UserAsync(AppRoles.Coach);
        await scenario.Data.LinkCoachAsync(coach.Id, planned.Athlete.Id);
        using var browser = await SignedInAsync(coach.Email!);
        using var script = await scenario.ClientAsync(coach.Id);
        var week = $"/athletes/{planned.Athlete.Id}/week";
        var session = $"/api/v1/sessions/{planned.Sessions[0].Id}";
        (await browser.GetAsync(week, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await script.GetAsync(session, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var roster = scope.ServiceProvider.GetRequiredService<ClientRoster>();
            var athlete = TestData.Principal(planned.UserId);
            var link = (await roster.ListMyCoachesAsync(athlete, Ct)).ShouldHaveSingleItem();
            (await roster.LeaveAsync(athlete, link.LinkId, Ct)).ShouldBeTrue();
        }

        (await browser.GetAsync(week, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await script.GetAsync(session, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = CreateClient();
        await AccountClient.LogInAsync(client, email);
        (await client.GetAsync("/account/password", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return client;
    }

    private HttpClient Bearer(string token)
    {
        var client = App.CreateHttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task ShouldBeSignedOutAsync(HttpClient browser)
    {
        var response = await browser.GetAsync("/account/password", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/login");
    }

    private async Task<string> EmailOfAsync(Guid userId)
    {
        await using var db = App.CreateDbContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync(Ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
