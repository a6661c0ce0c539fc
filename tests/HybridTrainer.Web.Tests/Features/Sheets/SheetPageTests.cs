using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Sheets;

public partial class SheetPageTests(HostFixture host) : HostTest(host)
{
    private static readonly DateOnly Monday = LocalDays.MondayOf(TestClock.Today);
    private static string Week => Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Print_StaffChoosingTwoMembers_RendersTwoSheetsWithBoxesQrCodesWhyAndProtein()
    {
        var sheets = new SheetTestData(App);
        var (_, staff, _, members) = await sheets.GymWithMembersAsync(Monday, 3);
        var lift = (await sheets.Data.SessionsOfAsync(members[0].Id)).First(s => s.Kind == SessionKind.Lift);
        using var client = await LogInAsync(staff);

        var response = await client.GetAsync($"/sheets/print?week={Week}&athlete={members[0].Id}&athlete={members[2].Id}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        SheetCount(html).ShouldBe(2);
        html.ShouldContain("Member 001");
        html.ShouldContain("Member 003");
        html.ShouldNotContain("Member 002");
        html.ShouldContain("<svg");
        html.ShouldContain($"/s/{SheetCodes.For(lift.Id)}");
        html.ShouldContain("class=\"sh-box\"");
        html.ShouldContain($"Why: {StaticLocalizers.For<WhyText>().Word(lift.Prescription.Why[0])}");
        html.ShouldContain("Protein 131 g");
        html.ShouldContain("Rest day");
        html.ShouldNotContain("mud-appbar", Case.Insensitive);
        html.ShouldNotContain("Main navigation");
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public async Task Print_AWeekBeyondTheCalendar_PrintsThisWeekInstead(string week)
    {
        var sheets = new SheetTestData(App);
        var (_, staff, _, members) = await sheets.GymWithMembersAsync(Monday, 1);
        using var client = await LogInAsync(staff);

        var response = await client.GetAsync($"/sheets/print?week={week}&athlete={members[0].Id}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain(members[0].DisplayName);
    }

    [Fact]
    public async Task Print_OnlyAnotherGymsMember_AnswersNotFound()
    {
        var sheets = new SheetTestData(App);
        var (_, staff, _, _) = await sheets.GymWithMembersAsync(Monday, 1);
        var (_, _, _, others) = await sheets.GymWithMembersAsync(Monday, 1);
        using var client = await LogInAsync(staff);

        var response = await client.GetAsync($"/sheets/print?week={Week}&athlete={others[0].Id}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        html.ShouldNotContain(others[0].DisplayName);
    }

    [Fact]
    public async Task Print_AthleteAskingForAnotherAthlete_AnswersNotFound()
    {
        var data = new TestData(App);
        var (_, _, email) = await data.AthleteWithBlockAsync(Monday);
        var (_, other, _) = await data.AthleteWithBlockAsync(Monday);
        using var client = await LogInAsync(email);

        var response = await client.GetAsync($"/sheets/print?week={Week}&athlete={other.Id}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Print_SessionWithACoachNote_NeverShowsTheNoteToStaffOrTheCoach()
    {
        var sheets = new SheetTestData(App);
        var (_, staff, _, members) = await sheets.GymWithMembersAsync(Monday, 1);
        var coach = await sheets.Data.UserAsync(AppRoles.Coach);
        await sheets.Data.LinkCoachAsync(coach.Id, members[0].Id);
        var session = (await sheets.Data.SessionsOfAsync(members[0].Id))[0];
        await sheets.NoteAsync(session.Id, "Private: knee niggle, keep it light");

        foreach (var email in new[] { staff, coach.Email! })
        {
            using var client = await LogInAsync(email);
            var html = await client.GetStringAsync($"/sheets/print?week={Week}&athlete={members[0].Id}", TestContext.Current.CancellationToken);

            SheetCount(html).ShouldBe(1);
            html.ShouldNotContain("knee niggle");
        }
    }

    [Fact]
    public async Task Print_TwoHundredMembers_RendersTwoHundredSheets()
    {
        var sheets = new SheetTestData(App);
        var (gym, staff, _, members) = await sheets.GymWithMembersAsync(Monday, 1);
        await sheets.CloneMembersAsync(members[0], gym.Id, 199);
        using var client = await LogInAsync(staff);
        await client.GetStringAsync($"/sheets/print?week={Week}&athlete={members[0].Id}", TestContext.Current.CancellationToken);

        var clock = Stopwatch.StartNew();
        var html = await client.GetStringAsync($"/sheets/print?week={Week}&all=true", TestContext.Current.CancellationToken);
        clock.Stop();

        SheetCount(html).ShouldBe(200);
        html.ShouldContain("lb steps");
        TestContext.Current.TestOutputHelper?.WriteLine($"200 sheets: {clock.ElapsedMilliseconds} ms, {html.Length / 1024} KiB of HTML");
    }

    [Fact]
    public async Task Chooser_ListsOnlyVisibleAthletesWithCheckboxesAndThisWeek()
    {
        var sheets = new SheetTestData(App);
        var (_, staff, _, members) = await sheets.GymWithMembersAsync(Monday, 2);
        var (_, _, _, others) = await sheets.GymWithMembersAsync(Monday, 1);
        using var client = await LogInAsync(staff);

        var html = await client.GetStringAsync("/sheets", TestContext.Current.CancellationToken);

        html.ShouldContain($"value=\"{members[0].Id}\"");
        html.ShouldContain($"value=\"{members[1].Id}\"");
        html.ShouldNotContain(others[0].Id.ToString());
        html.ShouldContain($"value=\"{Week}\"");
        html.ShouldContain("name=\"all\"");
    }

    [Fact]
    public async Task ShortCode_OwnSession_RedirectsToItsLogPageAndAnothersIsNotFound()
    {
        var data = new TestData(App);
        var (_, me, email) = await data.AthleteWithBlockAsync(Monday);
        var (_, other, _) = await data.AthleteWithBlockAsync(Monday);
        var mine = (await data.SessionsOfAsync(me.Id))[0];
        var theirs = (await data.SessionsOfAsync(other.Id))[0];
        using var client = await LogInAsync(email);

        var response = await client.GetAsync($"/S/{SheetCodes.For(mine.Id).ToUpperInvariant()}", TestContext.Current.CancellationToken);
        var notMine = await client.GetAsync($"/s/{SheetCodes.For(theirs.Id)}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldEndWith($"/session/{mine.Id}");
        notMine.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Print_Anonymous_RedirectsToLogIn()
    {
        using var client = CreateClient();

        var response = await client.GetAsync($"/sheets/print?all=true", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("account/login");
    }

    private static int SheetCount(string html) => SheetSection().Count(html);

    private async Task<HttpClient> LogInAsync(string email)
    {
        var client = CreateClient();
        (await AccountClient.LogInAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [GeneratedRegex("<section class=\"sh-sheet\"")]
    private static partial Regex SheetSection();
}
