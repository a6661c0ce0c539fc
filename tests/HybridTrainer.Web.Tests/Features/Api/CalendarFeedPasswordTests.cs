using System.Net;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Calendar;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>
/// Making or remaking a calendar feed link asks for the current password, as creating an access token does: a wrong or
/// missing one writes nothing (the old link keeps working) and counts towards the same lock-out; turning a feed off does not ask.
/// </summary>
public class CalendarFeedPasswordTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("")]
    [InlineData("not my password at all")]
    public async Task Create_WithAWrongOrMissingPassword_WritesNothing(string password)
    {
        var me = await new ApiScenario(App).PlannedAthleteAsync();
        await using var scope = App.Services.CreateAsyncScope();

        var created = await scope.ServiceProvider.GetRequiredService<CalendarFeedService>().CreateAsync(TestData.Principal(me.UserId), null, password, Ct);

        created.Value.ShouldBeNull();
        created.Failure!.Kind.ShouldBe(FailureKind.Invalid);
        created.Failure.FieldErrors!.Keys.ShouldBe([nameof(CreateFeedInput.CurrentPassword)]);
        await using var db = App.CreateDbContext();
        (await db.CalendarFeeds.AnyAsync(Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task Create_WithTheRightPassword_StoresOneFeed()
    {
        var me = await new ApiScenario(App).PlannedAthleteAsync();
        await using var scope = App.Services.CreateAsyncScope();

        var created = await scope.ServiceProvider.GetRequiredService<CalendarFeedService>().CreateAsync(TestData.Principal(me.UserId), null, TestData.Password, Ct);

        created.Value.ShouldNotBeNull().ShouldStartWith("htc_");
        await using var db = App.CreateDbContext();
        (await db.CalendarFeeds.SingleAsync(Ct)).AthleteId.ShouldBe(me.Athlete.Id);
    }

    [Fact]
    public async Task Page_WrongPassword_SaysSoUnderTheFieldCountsTheMissAndKeepsTheOldLink()
    {
        var (browser, userId) = await SignedInAthleteAsync();
        await PostCreateAsync(browser, TestData.Password);
        await using var before = App.CreateDbContext();
        var oldFeed = await before.CalendarFeeds.AsNoTracking().SingleAsync(Ct);

        var page = await PostCreateAsync(browser, "not my password at all");

        var field = page.IndexOf("id=\"feed-password\"", StringComparison.Ordinal);
        var message = page.IndexOf(CalendarFeedService.WrongPassword, StringComparison.Ordinal);
        field.ShouldBeGreaterThan(0);
        message.ShouldBeGreaterThan(field, "the message sits under the password field");
        page.ShouldNotContain("/ical/htc_");
        await using var db = App.CreateDbContext();
        var feeds = await db.CalendarFeeds.AsNoTracking().ToListAsync(Ct);
        feeds.ShouldHaveSingleItem().Id.ShouldBe(oldFeed.Id);
        feeds[0].RevokedAt.ShouldBeNull("a refused remake leaves the working link alone");
        (await db.Users.Where(u => u.Id == userId).Select(u => u.AccessFailedCount).SingleAsync(Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Page_NoPassword_AsksForItUnderTheField()
    {
        var (browser, _) = await SignedInAthleteAsync();

        var page = await PostCreateAsync(browser, "");

        page.IndexOf("Enter your current password to make a feed link.", StringComparison.Ordinal)
            .ShouldBeGreaterThan(page.IndexOf("id=\"feed-password\"", StringComparison.Ordinal));
        await using var db = App.CreateDbContext();
        (await db.CalendarFeeds.AnyAsync(Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task Page_WrongPasswordsUpToTheLimit_LockTheAccountAndEndTheSession()
    {
        var (browser, _) = await SignedInAthleteAsync();
        for (var attempt = 1; attempt < 5; attempt++)
        {
            await PostCreateAsync(browser, $"guess number {attempt}");
        }

        var last = await AccountClient.PostFormAsync(browser, "/calendar", "create-feed", new Dictionary<string, string> { ["Input.CurrentPassword"] = "guess number 5" });

        last.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        last.Headers.Location!.ToString().ShouldEndWith("account/lockout");
        (await browser.GetAsync("/calendar", Ct)).Headers.Location!.ToString().ShouldContain("account/login");
        await using var db = App.CreateDbContext();
        (await db.CalendarFeeds.AnyAsync(Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task Page_TurnOff_AsksForNoPassword()
    {
        var (browser, _) = await SignedInAthleteAsync();
        await PostCreateAsync(browser, TestData.Password);

        var page = await (await AccountClient.PostFormAsync(browser, "/calendar", "revoke-feed", new Dictionary<string, string>()))
            .Content.ReadAsStringAsync(Ct);

        page.ShouldContain("The feed is off.");
        await using var db = App.CreateDbContext();
        (await db.CalendarFeeds.SingleAsync(Ct)).RevokedAt.ShouldNotBeNull();
    }

    private async Task<(HttpClient Browser, Guid UserId)> SignedInAthleteAsync()
    {
        var (principal, _, email) = await new TestData(App).AthleteWithBlockAsync(ApiScenario.NextMonday);
        var browser = CreateClient();
        (await AccountClient.LogInAsync(browser, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (browser, ApiScenario.UserId(principal));
    }

    private static async Task<string> PostCreateAsync(HttpClient browser, string password) =>
        await (await AccountClient.PostFormAsync(browser, "/calendar", "create-feed", new Dictionary<string, string> { ["Input.CurrentPassword"] = password }))
            .Content.ReadAsStringAsync(Ct);
}
