using System.Data.Common;
using HybridTrainer.Data;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Sheets;

public class SheetServiceTests(HostFixture host) : HostTest(host)
{
    private static readonly DateOnly Monday = WeekView.MondayOf(DateOnly.FromDateTime(DateTime.UtcNow));

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
    public async Task Load_AnyNumberOfAthletes_TakesThreeDatabaseCommands(int members)
    {
        var sheets = new SheetTestData(App);
        var (gym, _, staffId, list) = await sheets.GymWithMembersAsync(Monday, 1);
        await sheets.CloneMembersAsync(list[0], gym.Id, members - 1);
        var counter = new CommandCounter();
        var service = new SheetService(new CountingFactory(App, counter), TimeProvider.System);

        var printed = await service.LoadAsync(TestData.Principal(staffId), new SheetRequest(Monday, [], All: true), TestContext.Current.CancellationToken);

        printed.Count.ShouldBe(members);
        counter.Commands.ShouldBe(3);
    }

    private Task<IReadOnlyList<AthleteSheet>> LoadAsync(Guid userId, Guid[] ids, bool all = false, DateOnly? week = null) =>
        LoadAsync(TestData.Principal(userId), ids, all, week);

    private async Task<IReadOnlyList<AthleteSheet>> LoadAsync(System.Security.Claims.ClaimsPrincipal user, Guid[] ids, bool all = false, DateOnly? week = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SheetService>()
            .LoadAsync(user, new SheetRequest(week ?? Monday, ids, all), TestContext.Current.CancellationToken);
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _commands;

        public int Commands => _commands;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _commands);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _commands);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    /// <summary>The app's own context options plus the counter.</summary>
    private sealed class CountingFactory(AppFactory app, CommandCounter counter) : IDbContextFactory<HybridTrainerDbContext>
    {
        private readonly DbContextOptions<HybridTrainerDbContext> _options = new DbContextOptionsBuilder<HybridTrainerDbContext>(
                app.Services.GetRequiredService<DbContextOptions<HybridTrainerDbContext>>())
            .AddInterceptors(counter)
            .Options;

        public HybridTrainerDbContext CreateDbContext() => new(_options);
    }
}
