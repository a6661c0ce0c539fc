using HybridTrainer.Data.Diagnostics;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Sheets;

public class SheetServiceTests(HostFixture host) : HostTest(host)
{
    private static readonly DateOnly Monday = LocalDays.MondayOf(TestClock.Today);

    [Fact]
    public async Task Load_GymStaff_PrintsTheirMembersButNotAnotherGymsEvenWhenAsked()
    {
        var sheets = new SheetTestData(App);
        var (_, _, staffId, members) = await sheets.GymWithMembersAsync(Monday, 2);
        var (_, _, _, otherMembers) = await sheets.GymWithMembersAsync(Monday, 1);

        var printed = await LoadAsync(staffId, [members[0].Id, members[1].Id, otherMembers[0].Id]);

        printed.Select(s => s.AthleteId).ShouldBe([members[0].Id, members[1].Id]);
        (await LoadAsync(staffId, [otherMembers[0].Id])).ShouldBeEmpty();
    }

    [Fact]
    public async Task Load_All_PrintsEveryVisibleMemberOnlyOnce()
    {
        var sheets = new SheetTestData(App);
        var (_, _, staffId, members) = await sheets.GymWithMembersAsync(Monday, 2);
        await sheets.GymWithMembersAsync(Monday, 1);

        var printed = await LoadAsync(staffId, [members[0].Id], all: true);

        printed.Select(s => s.Name).ShouldBe(["Member 001", "Member 002"]);
    }

    [Fact]
    public async Task Load_CoachAskingForAnotherCoachsClient_PrintsNothing()
    {
        var sheets = new SheetTestData(App);
        var coach = await sheets.Data.UserAsync(AppRoles.Coach);
        var otherCoach = await sheets.Data.UserAsync(AppRoles.Coach);
        var mine = await sheets.MemberWithBlockAsync(Monday, null, "Mine");
        var theirs = await sheets.MemberWithBlockAsync(Monday, null, "Theirs");
        await sheets.Data.LinkCoachAsync(coach.Id, mine.Id);
        await sheets.Data.LinkCoachAsync(otherCoach.Id, theirs.Id);

        (await LoadAsync(coach.Id, [theirs.Id])).ShouldBeEmpty();
        (await LoadAsync(coach.Id, [mine.Id, theirs.Id])).Select(s => s.Name).ShouldBe(["Mine"]);
    }

    [Fact]
    public async Task Load_AthleteAskingForAnotherAthlete_PrintsNothing()
    {
        var data = new TestData(App);
        var (me, mine, _) = await data.AthleteWithBlockAsync(Monday);
        var (_, other, _) = await data.AthleteWithBlockAsync(Monday);

        (await LoadAsync(me, [other.Id])).ShouldBeEmpty();
        (await LoadAsync(me, [], all: true)).ShouldHaveSingleItem().AthleteId.ShouldBe(mine.Id);
    }

    [Fact]
    public async Task Load_AWeekOfSessions_HasEverySessionOnItsDayAndTheRestDaysEmpty()
    {
        var sheets = new SheetTestData(App);
        var (_, _, staffId, members) = await sheets.GymWithMembersAsync(Monday, 1);
        var planned = await sheets.Data.SessionsOfAsync(members[0].Id);

        var sheet = (await LoadAsync(staffId, [members[0].Id], week: Monday.AddDays(3))).ShouldHaveSingleItem();

        sheet.Monday.ShouldBe(Monday);
        sheet.Days.Sum(d => d.Sessions.Count).ShouldBe(planned.Count(s => s.Date < Monday.AddDays(7)));
        sheet.Days.Count(d => d.Sessions.Count == 0).ShouldBe(7 - planned.Where(s => s.Date < Monday.AddDays(7)).Select(s => s.Date).Distinct().Count());
        sheet.Protein!.DailyGrams.ShouldBe(131);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public async Task Load_AnyNumberOfAthletes_TakesTwoDatabaseCommands(int members)
    {
        var sheets = new SheetTestData(App);
        var (gym, _, staffId, list) = await sheets.GymWithMembersAsync(Monday, 1);
        await sheets.CloneMembersAsync(list[0], gym.Id, members - 1);
        var counter = App.Services.GetRequiredService<CommandCounter>();

        counter.Reset();
        var printed = await LoadAsync(staffId, [], all: true);

        printed.Count.ShouldBe(members);
        counter.Count.ShouldBe(2);
    }

    private Task<IReadOnlyList<AthleteSheet>> LoadAsync(Guid userId, Guid[] ids, bool all = false, DateOnly? week = null) =>
        LoadAsync(TestData.Principal(userId), ids, all, week);

    private async Task<IReadOnlyList<AthleteSheet>> LoadAsync(System.Security.Claims.ClaimsPrincipal user, Guid[] ids, bool all = false, DateOnly? week = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SheetService>()
            .LoadAsync(user, new SheetRequest(week ?? Monday, ids, all), TestContext.Current.CancellationToken);
    }
}
