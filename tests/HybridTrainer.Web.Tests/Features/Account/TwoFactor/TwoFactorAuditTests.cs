using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Gym;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Account.TwoFactor;

/// <summary>Second-factor sign-ins and a gym admin's reset reach the audit log with ids, never the codes. Its own logged app.</summary>
[Collection(HostGroup.Name)]
public sealed class TwoFactorAuditTests : IAsyncLifetime
{
    private readonly LoggedAppFactory _app = new(TestDatabase.NewName("audit2fa"));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task CodeSignIns_RefusedAndSucceeded_AreAuditedWithoutTheCodes()
    {
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        var (key, _) = await Totp.TurnOnAsync(_app, user.Id);
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var location = await TwoFactorForms.PasswordStepAsync(client, user.Email!);
        var wrong = Totp.WrongCode(key);
        await TwoFactorForms.CodeAsync(client, location, wrong);
        var right = Totp.Code(key);
        await TwoFactorForms.CodeAsync(client, location, right);

        CapturedLog.Scalar(_app.Log.Audit("SecondFactorRefused").ShouldHaveSingleItem(), "UserId").ShouldBe(user.Id.ToString());
        CapturedLog.Scalar(_app.Log.Audit("SecondFactorSignInSucceeded").ShouldHaveSingleItem(), "UserId").ShouldBe(user.Id.ToString());
        _app.Log.Audit("SecondFactorRefused").Concat(_app.Log.Audit("SecondFactorSignInSucceeded"))
            .ShouldAllBe(e => !e.RenderMessage(null).Contains(wrong, StringComparison.Ordinal) && !e.RenderMessage(null).Contains(right, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GymAdminsReset_OfAMembersSecondFactor_IsAudited()
    {
        var data = new TestData(_app);
        var admin = await data.UserAsync(AppRoles.GymAdmin);
        var member = await data.UserAsync(AppRoles.Athlete);
        var gym = await data.GymAsync("Audited Gym", (admin.Id, GymRole.Admin), (member.Id, GymRole.Member));
        await Totp.TurnOnAsync(_app, member.Id);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<GymSecondFactor>().ResetMemberAsync(TestData.Principal(admin.Id), gym.Id, member.Id, TestContext.Current.CancellationToken)).Failure.ShouldBeNull();
        }

        var reset = _app.Log.Audit("SecondFactorResetByGymAdmin").ShouldHaveSingleItem();
        CapturedLog.Scalar(reset, "UserId").ShouldBe(member.Id.ToString());
        CapturedLog.Scalar(reset, "ByUserId").ShouldBe(admin.Id.ToString());
        CapturedLog.Scalar(reset, "GymId").ShouldBe(gym.Id.ToString());
    }
}
