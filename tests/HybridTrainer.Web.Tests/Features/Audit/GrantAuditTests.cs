using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Calendar;
using HybridTrainer.Web.Features.Invitations;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Audit;

/// <summary>What hands out a lasting secret or a role is audited: calendar feeds made and turned off, invitations accepted.</summary>
[Collection(HostGroup.Name)]
public sealed class GrantAuditTests : IAsyncLifetime
{
    private readonly LoggedAppFactory _app = new(TestDatabase.NewName("grantaudit"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task CalendarFeed_CreatedAndTurnedOff_AreAuditedWithoutTheToken()
    {
        var (user, athlete, _) = await new TestData(_app).AthleteWithBlockAsync(TestClock.Today);
        await using var scope = _app.Services.CreateAsyncScope();
        var feeds = scope.ServiceProvider.GetRequiredService<CalendarFeedService>();

        var token = (await feeds.CreateAsync(user, null, TestData.Password, Ct)).Value.ShouldNotBeNull();
        (await feeds.RevokeAsync(user, null, Ct)).ShouldBeTrue();

        CapturedLog.Scalar(_app.Log.Audit("CalendarFeedCreated").ShouldHaveSingleItem(), "AthleteId").ShouldBe(athlete.Id.ToString());
        CapturedLog.Scalar(_app.Log.Audit("CalendarFeedRevoked").ShouldHaveSingleItem(), "AthleteId").ShouldBe(athlete.Id.ToString());
        _app.Log.Audit("CalendarFeedCreated").ShouldAllBe(e => !e.RenderMessage(null).Contains(token));
    }

    [Fact]
    public async Task GymStaffInvitation_Accepted_IsAuditedWithTheRoleItGranted()
    {
        var data = new TestData(_app);
        var admin = await data.UserAsync(AppRoles.GymAdmin);
        var gym = await data.GymAsync("Riverside", (admin.Id, GymRole.Admin));
        var invitee = await data.UserAsync(AppRoles.Athlete);
        await using var scope = _app.Services.CreateAsyncScope();
        var link = (await scope.ServiceProvider.GetRequiredService<InvitationIssuer>().InviteToGymAsync(
            TestData.Principal(admin.Id), gym.Id, new InviteInput { Kind = InvitationKind.GymStaff, Label = "Sam" }, Ct)).Value!;

        var claimed = await scope.ServiceProvider.GetRequiredService<InvitationClaims>()
            .ClaimAsync(TestData.Principal(invitee.Id), link.Path["invitations/".Length..], Ct);

        claimed.Failure.ShouldBeNull();
        var entry = _app.Log.Audit("InvitationClaimed").ShouldHaveSingleItem();
        CapturedLog.Scalar(entry, "UserId").ShouldBe(invitee.Id.ToString());
        CapturedLog.Scalar(entry, "Role").ShouldBe(AppRoles.GymStaff);
        CapturedLog.Scalar(entry, "InvitedByUserId").ShouldBe(admin.Id.ToString());
    }
}
