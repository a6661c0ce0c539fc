using HybridTrainer.Web.Common;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Invitations;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.Tests.Features.Invitations;

public class InvitationTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(InvitationKind.GymCoach, GymRole.Coach, AppRoles.Coach)]
    [InlineData(InvitationKind.GymStaff, GymRole.Staff, AppRoles.GymStaff)]
    public async Task Claim_GymInvitation_JoinsTheGymWithTheRole(InvitationKind kind, GymRole gymRole, string appRole)
    {
        var (admin, gym) = await AdminWithGymAsync();
        var link = await CreatedAsync(Issuer.InviteToGymAsync(admin, gym.Id, new InviteInput { Kind = kind, Label = "Sam" }, Ct));
        var newcomer = await new TestData(App).UserAsync(AppRoles.Athlete);

        var result = await Claims.ClaimAsync(TestData.Principal(newcomer.Id), TokenOf(link), Ct);

        result.Succeeded.ShouldBeTrue();
        await using var db = App.CreateDbContext();
        // The new role went through UserManager: the account's other sessions see it at their next stamp check.
        (await db.Users.Where(u => u.Id == newcomer.Id).Select(u => u.SecurityStamp).SingleAsync(Ct)).ShouldNotBe(newcomer.SecurityStamp);
        (await db.GymMemberships.AnyAsync(m => m.GymId == gym.Id && m.UserId == newcomer.Id && m.Role == gymRole, Ct)).ShouldBeTrue();
        var roleId = AppRoles.All.Single(r => r.Name == appRole).Id;
        (await db.UserRoles.AnyAsync(r => r.UserId == newcomer.Id && r.RoleId == roleId, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task Claim_ALinkTwice_WorksOnlyOnce()
    {
        var (admin, gym) = await AdminWithGymAsync();
        var link = await CreatedAsync(Issuer.InviteToGymAsync(admin, gym.Id, new InviteInput { Kind = InvitationKind.GymStaff, Label = "Sam" }, Ct));
        var first = await new TestData(App).UserAsync(AppRoles.Athlete);
        var second = await new TestData(App).UserAsync(AppRoles.Athlete);

        await Claims.ClaimAsync(TestData.Principal(first.Id), TokenOf(link), Ct);
        var again = await Claims.ClaimAsync(TestData.Principal(second.Id), TokenOf(link), Ct);

        again.Failure!.Kind.ShouldBe(FailureKind.Conflict);
        await using var db = App.CreateDbContext();
        (await db.GymMemberships.AnyAsync(m => m.UserId == second.Id, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task Claim_TwoPeopleAtOnce_OnlyOneWins()
    {
        var (admin, gym) = await AdminWithGymAsync();
        var link = await CreatedAsync(Issuer.InviteToGymAsync(admin, gym.Id, new InviteInput { Kind = InvitationKind.GymStaff, Label = "Sam" }, Ct));
        var people = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new TestData(App).UserAsync(AppRoles.Athlete)));

        var results = await Task.WhenAll(people.Select(p => NewClaims().ClaimAsync(TestData.Principal(p.Id), TokenOf(link), Ct)));

        results.Count(r => r.Succeeded).ShouldBe(1);
        await using var db = App.CreateDbContext();
        (await db.GymMemberships.CountAsync(m => m.GymId == gym.Id && m.Role == GymRole.Staff, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Claim_AGymLinkWhoseSenderNoLongerRunsTheGym_GrantsNothing()
    {
        var (admin, gym) = await AdminWithGymAsync();
        var link = await CreatedAsync(Issuer.InviteToGymAsync(admin, gym.Id, new InviteInput { Kind = InvitationKind.GymStaff, Label = "Sam" }, Ct));
        await using (var db = App.CreateDbContext())
        {
            await db.GymMemberships.Where(m => m.GymId == gym.Id && m.Role == GymRole.Admin).ExecuteDeleteAsync(Ct);
        }

        var newcomer = await new TestData(App).UserAsync(AppRoles.Athlete);
        var result = await Claims.ClaimAsync(TestData.Principal(newcomer.Id), TokenOf(link), Ct);

        result.Failure!.Kind.ShouldBe(FailureKind.Conflict);
        result.Failure.Message.ShouldContain("no longer manages");
        await using var check = App.CreateDbContext();
        (await check.GymMemberships.AnyAsync(m => m.UserId == newcomer.Id, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task Claim_AnExpiredLink_IsRefused()
    {
        var (admin, gym) = await AdminWithGymAsync();
        var link = await CreatedAsync(Issuer.InviteToGymAsync(admin, gym.Id, new InviteInput { Kind = InvitationKind.GymCoach, Label = "Sam" }, Ct));
        await using (var db = App.CreateDbContext())
        {
            await db.Invitations.ExecuteUpdateAsync(i => i.SetProperty(x => x.ExpiresAt, TestClock.Start.AddMinutes(-1)), Ct);
        }

        var result = await Claims.ClaimAsync(TestData.Principal((await new TestData(App).UserAsync(AppRoles.Athlete)).Id), TokenOf(link), Ct);

        result.Failure!.Kind.ShouldBe(FailureKind.Conflict);
        result.Failure!.Message.ShouldContain("expired");
    }

    [Fact]
    public async Task Claim_ARevokedLink_IsRefused()
    {
        var (admin, gym) = await AdminWithGymAsync();
        var link = await CreatedAsync(Issuer.InviteToGymAsync(admin, gym.Id, new InviteInput { Kind = InvitationKind.GymCoach, Label = "Sam" }, Ct));

        (await Issuer.RevokeAsync(admin, link.Id, Ct)).ShouldBeTrue();
        var result = await Claims.ClaimAsync(TestData.Principal((await new TestData(App).UserAsync(AppRoles.Athlete)).Id), TokenOf(link), Ct);

        result.Failure!.Kind.ShouldBe(FailureKind.Conflict);
        result.Failure!.Message.ShouldContain("withdrawn");
    }

    [Fact]
    public async Task Revoke_BySomeoneElse_ChangesNothing()
    {
        var (admin, gym) = await AdminWithGymAsync();
        var link = await CreatedAsync(Issuer.InviteToGymAsync(admin, gym.Id, new InviteInput { Kind = InvitationKind.GymCoach, Label = "Sam" }, Ct));
        var (otherAdmin, _) = await AdminWithGymAsync();

        (await Issuer.RevokeAsync(otherAdmin, link.Id, Ct)).ShouldBeFalse();
        (await Queries.PreviewAsync(TokenOf(link), Ct))!.State.ShouldBe(InvitationState.Open);
    }

    [Fact]
    public async Task InviteToGym_ByStaffOrAnotherGymsAdmin_IsRefused()
    {
        var (_, gym) = await AdminWithGymAsync();
        var staff = await new TestData(App).UserAsync(AppRoles.GymStaff);
        await using (var db = App.CreateDbContext())
        {
            db.GymMemberships.Add(new GymMembership { Id = Guid.NewGuid(), GymId = gym.Id, UserId = staff.Id, Role = GymRole.Staff, JoinedAt = TestClock.Start });
            await db.SaveChangesAsync(Ct);
        }

        var (otherAdmin, _) = await AdminWithGymAsync();

        foreach (var outsider in new[] { TestData.Principal(staff.Id), otherAdmin })
        {
            var outcome = await Issuer.InviteToGymAsync(outsider, gym.Id, new InviteInput { Kind = InvitationKind.GymCoach, Label = "Sam" }, Ct);
            outcome.Value.ShouldBeNull();
        }

        await using var check = App.CreateDbContext();
        (await check.Invitations.CountAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task InviteToGym_WithoutALabel_SaysSoOnTheField()
    {
        var (admin, gym) = await AdminWithGymAsync();

        var outcome = await Issuer.InviteToGymAsync(admin, gym.Id, new InviteInput { Kind = InvitationKind.GymCoach, Label = "  " }, Ct);

        outcome.Value.ShouldBeNull();
        outcome.Failure!.FieldErrors!.Keys.ShouldContain(nameof(InviteInput.Label));
    }

    [Fact]
    public async Task Invite_StoresOnlyTheTokensHash()
    {
        var (admin, gym) = await AdminWithGymAsync();
        var link = await CreatedAsync(Issuer.InviteToGymAsync(admin, gym.Id, new InviteInput { Kind = InvitationKind.GymCoach, Label = "Sam" }, Ct));

        await using var db = App.CreateDbContext();
        var stored = await db.Invitations.SingleAsync(Ct);
        stored.TokenHash.ShouldBe(SHA256.HashData(Encoding.UTF8.GetBytes(TokenOf(link))));
        TokenOf(link).Length.ShouldBeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public async Task Claim_ClientInvitation_LinksTheCoachAndJoinsTheCoachsGym()
    {
        var data = new TestData(App);
        var coach = await data.UserAsync(AppRoles.Coach);
        var gym = await data.GymAsync("Riverside", (coach.Id, GymRole.Coach));
        var athleteUser = await data.UserAsync(AppRoles.Athlete);
        var athlete = await data.CompleteAthleteAsync(athleteUser.Id, DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday);
        var link = await CreatedAsync(Issuer.InviteClientAsync(CoachPrincipal(coach.Id), new InviteInput { Label = "Ana" }, Ct));

        var result = await Claims.ClaimAsync(TestData.Principal(athleteUser.Id), TokenOf(link), Ct);

        result.Succeeded.ShouldBeTrue();
        await using var db = App.CreateDbContext();
        (await db.CoachClients.AnyAsync(c => c.CoachUserId == coach.Id && c.AthleteId == athlete.Id && c.EndedAt == null, Ct)).ShouldBeTrue();
        (await db.Athletes.SingleAsync(a => a.Id == athlete.Id, Ct)).GymId.ShouldBe(gym.Id);
    }

    [Fact]
    public async Task Claim_ClientInvitationWithAManagedProfile_HandsTheProfileOver()
    {
        var data = new TestData(App);
        var coach = await data.UserAsync(AppRoles.Coach);
        var managed = await data.AthleteAsync("Ana (managed)");
        await data.LinkCoachAsync(coach.Id, managed.Id);
        var link = await CreatedAsync(Issuer.InviteClientAsync(CoachPrincipal(coach.Id), new InviteInput { Label = "Ana", ManagedAthleteId = managed.Id }, Ct));
        var newcomer = await data.UserAsync(AppRoles.Coach);

        var result = await Claims.ClaimAsync(TestData.Principal(newcomer.Id), TokenOf(link), Ct);

        result.Succeeded.ShouldBeTrue();
        await using var db = App.CreateDbContext();
        (await db.Athletes.SingleAsync(a => a.Id == managed.Id, Ct)).UserId.ShouldBe(newcomer.Id);
        var athleteRole = AppRoles.All.Single(r => r.Name == AppRoles.Athlete).Id;
        (await db.UserRoles.AnyAsync(r => r.UserId == newcomer.Id && r.RoleId == athleteRole, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task InviteClient_ForAnotherCoachsManagedProfile_IsRefused()
    {
        var data = new TestData(App);
        var coach = await data.UserAsync(AppRoles.Coach);
        var otherCoach = await data.UserAsync(AppRoles.Coach);
        var managed = await data.AthleteAsync("Someone else's client");
        await data.LinkCoachAsync(otherCoach.Id, managed.Id);

        var outcome = await Issuer.InviteClientAsync(CoachPrincipal(coach.Id), new InviteInput { Label = "Ana", ManagedAthleteId = managed.Id }, Ct);

        outcome.Value.ShouldBeNull();
        outcome.Failure!.FieldErrors!.Keys.ShouldContain(nameof(InviteInput.ManagedAthleteId));
    }

    [Fact]
    public async Task InviteClient_ByAnAthlete_IsRefused()
    {
        var athlete = await new TestData(App).UserAsync(AppRoles.Athlete);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, athlete.Id.ToString()), new Claim(ClaimTypes.Role, AppRoles.Athlete)], "test"));

        (await Issuer.InviteClientAsync(principal, new InviteInput { Label = "Friend" }, Ct)).Value.ShouldBeNull();
    }

    [Fact]
    public async Task Claim_YourOwnLink_IsRefused()
    {
        var coach = await new TestData(App).UserAsync(AppRoles.Coach);
        var link = await CreatedAsync(Issuer.InviteClientAsync(CoachPrincipal(coach.Id), new InviteInput { Label = "Ana" }, Ct));

        (await Claims.ClaimAsync(TestData.Principal(coach.Id), TokenOf(link), Ct)).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
    }

    [Fact]
    public async Task Claim_AnUnknownToken_IsNotFound()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);

        (await Claims.ClaimAsync(TestData.Principal(user.Id), "hti_nothing-like-this", Ct)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await Queries.PreviewAsync("hti_nothing-like-this", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task AdministeredGyms_ListsPeopleAndOpenLinks_OfOwnGymsOnly()
    {
        var (admin, gym) = await AdminWithGymAsync();
        await AdminWithGymAsync();
        await CreatedAsync(Issuer.InviteToGymAsync(admin, gym.Id, new InviteInput { Kind = InvitationKind.GymStaff, Label = "Sam" }, Ct));

        var gyms = await Queries.AdministeredGymsAsync(admin, Ct);

        gyms.ShouldHaveSingleItem().GymId.ShouldBe(gym.Id);
        gyms[0].People.ShouldHaveSingleItem().Role.ShouldBe(GymRole.Admin);
        gyms[0].Invitations.ShouldHaveSingleItem().State.ShouldBe(InvitationState.Open);
    }

    private InvitationIssuer Issuer => Scoped<InvitationIssuer>();

    private InvitationQueries Queries => Scoped<InvitationQueries>();

    private InvitationClaims Claims => NewClaims();

    // A claim runs on its request's own context, as on the page: each claimant gets a scope of their own.
    private InvitationClaims NewClaims() => Scoped<InvitationClaims>();

    private T Scoped<T>() where T : notnull => App.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private async Task<(ClaimsPrincipal Admin, Gym Gym)> AdminWithGymAsync()
    {
        var data = new TestData(App);
        var admin = await data.UserAsync(AppRoles.GymAdmin);
        var gym = await data.GymAsync($"Gym {Guid.NewGuid():N}", (admin.Id, GymRole.Admin));
        return (TestData.Principal(admin.Id), gym);
    }

    private static ClaimsPrincipal CoachPrincipal(Guid userId) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Role, AppRoles.Coach)], "test"));

    private static async Task<CreatedInvitation> CreatedAsync(Task<Outcome<CreatedInvitation>> creating)
    {
        var outcome = await creating;
        outcome.Failure.ShouldBeNull();
        return outcome.Value!;
    }

    private static string TokenOf(CreatedInvitation link) => link.Path["invitations/".Length..];
}
