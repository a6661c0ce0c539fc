using System.Net;
using System.Text.RegularExpressions;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Calendar;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IcalCalendar = Ical.Net.Calendar;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.Tests.Features.Api;

public partial class CalendarFeedTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Feed_ParsesBackWithOneAllDayEventPerSessionOfTheNextEightWeeks()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync(weeks: 2);
        var token = await CreateAsync(me.UserId, null);
        using var calendarApp = CreateClient();

        var response = await calendarApp.GetAsync($"/ical/{token}.ics", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        text.ShouldContain("METHOD:PUBLISH");
        text.ShouldContain("X-WR-CALNAME:HybridTrainer · Complete Athlete");
        var calendar = IcalCalendar.Load(text)!;
        calendar.ProductId.ShouldBe(TrainingCalendar.ProductId);
        calendar.Version.ShouldBe("2.0");
        var events = calendar.Events.OrderBy(e => e.DtStart!.Date).ToList();
        events.Count.ShouldBe(me.Sessions.Count);
        events.ShouldAllBe(e => e.IsAllDay && e.DtStamp != null);
        var first = me.Sessions[0];
        events[0].DtStart!.Date.ShouldBe(first.Date);
        events[0].Uid.ShouldBe($"{first.Id:D}@hybridtrainer.app");
        events[0].Summary.ShouldNotBeNull().ShouldContain($"{first.DurationMinutes} min");
        events[0].Description.ShouldNotBeNull().ShouldContain($"RPE {first.PlannedRpe}");
    }

    [Fact]
    public async Task Feed_KeepsTheSameUidWhenASessionMovesAndLeavesOutCoachNotes()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        var token = await CreateAsync(me.UserId, null);
        var session = me.Sessions[0];
        await using (var db = App.CreateDbContext())
        {
            await db.PlannedSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(
                s => s.SetProperty(p => p.Date, session.Date.AddDays(1)).SetProperty(p => p.CoachNote, "Private word from the coach"),
                TestContext.Current.CancellationToken);
        }

        using var calendarApp = CreateClient();
        var text = await calendarApp.GetStringAsync($"/ical/{token}.ics", TestContext.Current.CancellationToken);

        var moved = IcalCalendar.Load(text)!.Events.Single(e => e.Uid == $"{session.Id:D}@hybridtrainer.app");
        moved.DtStart!.Date.ShouldBe(session.Date.AddDays(1));
        text.ShouldNotContain("Private word");
    }

    [Fact]
    public async Task Feed_RevokedOrUnknown_Answers404()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        var token = await CreateAsync(me.UserId, null);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<CalendarFeedService>().RevokeAsync(TestData.Principal(me.UserId), null, TestContext.Current.CancellationToken)).ShouldBeTrue();
        }

        using var calendarApp = CreateClient();

        (await calendarApp.GetAsync($"/ical/{token}.ics", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await calendarApp.GetAsync("/ical/htc_unknown.ics", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Feed_ANewLinkReplacesTheOldOne()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        var old = await CreateAsync(me.UserId, null);

        var current = await CreateAsync(me.UserId, null);

        using var calendarApp = CreateClient();
        (await calendarApp.GetAsync($"/ical/{old}.ics", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await calendarApp.GetAsync($"/ical/{current}.ics", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Feed_OfACoachWhoStoppedCoaching_Answers404()
    {
        var scenario = new ApiScenario(App);
        var client = await scenario.PlannedAthleteAsync();
        var coach = await scenario.CoachOfAsync(client.Athlete.Id);
        var token = await CreateAsync(coach, client.Athlete.Id);
        using var calendarApp = CreateClient();
        (await calendarApp.GetAsync($"/ical/{token}.ics", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var db = App.CreateDbContext())
        {
            await db.CoachClients.ExecuteUpdateAsync(s => s.SetProperty(c => c.EndedAt, TestClock.Start), TestContext.Current.CancellationToken);
        }

        var response = await calendarApp.GetAsync($"/ical/{token}.ics", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_GymStaffOrAStranger_GetsNoFeed()
    {
        var scenario = new ApiScenario(App);
        var member = await scenario.PlannedAthleteAsync();
        var staff = await scenario.StaffOfAsync(member.Athlete.Id);
        var stranger = await scenario.StrangerAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var feeds = scope.ServiceProvider.GetRequiredService<CalendarFeedService>();

        (await feeds.CreateAsync(TestData.Principal(staff), member.Athlete.Id, TestData.Password, TestContext.Current.CancellationToken)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        (await feeds.CreateAsync(TestData.Principal(stranger), member.Athlete.Id, TestData.Password, TestContext.Current.CancellationToken)).Failure!.Kind.ShouldBe(FailureKind.NotFound);
        await using var db = App.CreateDbContext();
        (await db.CalendarFeeds.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task Page_TurnOn_ShowsTheLinkOnceAndItWorks()
    {
        var scenario = new ApiScenario(App);
        var (_, athlete, email) = await scenario.Data.AthleteWithBlockAsync(ApiScenario.NextMonday);
        using var browser = CreateClient();
        (await AccountClient.LogInAsync(browser, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await (await AccountClient.PostFormAsync(browser, "/calendar", "create-feed", new Dictionary<string, string> { ["Input.CurrentPassword"] = TestData.Password }))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var link = FeedLink().Match(page);
        link.Success.ShouldBeTrue();
        (await browser.GetStringAsync("/calendar", TestContext.Current.CancellationToken)).ShouldNotContain(link.Groups[1].Value);
        using var calendarApp = CreateClient();
        (await calendarApp.GetAsync($"/ical/{link.Groups[1].Value}.ics", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.CreateDbContext();
        (await db.CalendarFeeds.SingleAsync(TestContext.Current.CancellationToken)).AthleteId.ShouldBe(athlete.Id);
    }

    [Fact]
    public async Task Page_GymStaffForAMember_IsNotFound()
    {
        var scenario = new ApiScenario(App);
        var member = await scenario.PlannedAthleteAsync();
        var staffId = await scenario.StaffOfAsync(member.Athlete.Id);
        await using var db = App.CreateDbContext();
        var email = await db.Users.Where(u => u.Id == staffId).Select(u => u.Email!).SingleAsync(TestContext.Current.CancellationToken);
        using var browser = CreateClient();
        (await AccountClient.LogInAsync(browser, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var response = await browser.GetAsync($"/athletes/{member.Athlete.Id}/calendar", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("create-feed");
    }

    private async Task<string> CreateAsync(Guid userId, Guid? athleteId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<CalendarFeedService>()
            .CreateAsync(TestData.Principal(userId), athleteId, TestData.Password, TestContext.Current.CancellationToken);
        return token.Value.ShouldNotBeNull();
    }

    [GeneratedRegex("/ical/(htc_[A-Za-z0-9_-]{43})\\.ics")]
    private static partial Regex FeedLink();
}
