using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Account;

public class RegisterTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Register_ValidAthlete_SignsInAndCreatesAnEmptyProfile()
    {
        using var client = CreateClient();

        var response = await RegisterAsync(client, "new.athlete@example.test", TestData.Password, AppRoles.Athlete);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("HybridTrainer.Auth=", StringComparison.Ordinal));
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync("new.athlete@example.test");
        (await users.IsInRoleAsync(user!, AppRoles.Athlete)).ShouldBeTrue();
        await using var db = App.CreateDbContext();
        (await db.Athletes.SingleAsync(a => a.UserId == user!.Id, TestContext.Current.CancellationToken)).BodyWeightKg.ShouldBeNull();
    }

    [Fact]
    public async Task Register_Coach_GetsCoachRoleAndNoAthleteProfile()
    {
        using var client = CreateClient();

        await RegisterAsync(client, "new.coach@example.test", TestData.Password, AppRoles.Coach);

        await using var db = App.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == "new.coach@example.test", TestContext.Current.CancellationToken);
        (await db.Athletes.AnyAsync(a => a.UserId == user.Id, TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task Register_ElevenCharacterPassword_ShowsTheLengthRuleUnderTheField()
    {
        using var client = CreateClient();

        var response = await RegisterAsync(client, "short@example.test", "abcdefghijk", AppRoles.Athlete);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        page.ShouldContain("Use at least 12 characters");
        await using var db = App.CreateDbContext();
        (await db.Users.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task Register_PasswordOver128Characters_IsRefused()
    {
        using var client = CreateClient();

        var response = await RegisterAsync(client, "long@example.test", new string('x', 129), AppRoles.Athlete);

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Use at most 128 characters");
    }

    [Fact]
    public async Task Register_AsGymAdmin_IsRefusedBecauseStaffRolesComeByInvitation()
    {
        using var client = CreateClient();

        var response = await RegisterAsync(client, "sneaky@example.test", TestData.Password, AppRoles.GymAdmin);

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Choose athlete or coach.");
        await using var db = App.CreateDbContext();
        (await db.Users.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task Register_ExistingEmail_SaysSoOnceAndKeepsTheExistingAccount()
    {
        var existing = await new TestData(App).UserAsync(AppRoles.Athlete, "taken@example.test");
        using var client = CreateClient();

        var response = await RegisterAsync(client, "taken@example.test", "another long password", AppRoles.Athlete);

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        page.Split("An account with this e-mail already exists").Length.ShouldBe(2);
        await using var db = App.CreateDbContext();
        (await db.Users.SingleAsync(TestContext.Current.CancellationToken)).Id.ShouldBe(existing.Id);
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password, string role) =>
        AccountClient.PostFormAsync(client, "/account/register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Test Person",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
            ["Input.Role"] = role,
        });
}
