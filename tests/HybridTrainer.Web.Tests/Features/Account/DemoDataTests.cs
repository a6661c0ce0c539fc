using HybridTrainer.Data.Seeding;
using HybridTrainer.Domain.Time;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Account;

public class DemoDataTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Seed_EmptyDatabase_CreatesTheGymCoachesAndClientsOfTheReadme()
    {
        await SeedAsync();

        await using var db = App.CreateDbContext();
        (await db.Users.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(12);
        (await db.Gyms.SingleAsync(TestContext.Current.CancellationToken)).Name.ShouldBe(DemoAccounts.GymName);
        (await db.CoachClients.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(6);
        (await db.Athletes.CountAsync(a => a.GymId == null, TestContext.Current.CancellationToken)).ShouldBe(2);
    }

    [Fact]
    public async Task Seed_EveryDemoAthlete_GetsTwoLivedBlocksAndTheCurrentOneFromThisWeeksMonday()
    {
        await SeedAsync();

        await using var db = App.CreateDbContext();
        foreach (var athlete in await db.Athletes.ToListAsync(TestContext.Current.CancellationToken))
        {
            var monday = LocalDays.MondayOf(LocalDays.DateIn(TestClock.Start, athlete.TimeZone));
            var blocks = await db.TrainingBlocks.Where(b => b.AthleteId == athlete.Id).OrderBy(b => b.StartDate).ToListAsync(TestContext.Current.CancellationToken);

            blocks.Select(b => b.StartDate).ShouldBe([monday.AddDays(-56), monday.AddDays(-28), monday], athlete.DisplayName);
            blocks.ShouldAllBe(b => b.Weeks == 4);
        }

        (await db.PlannedSessions.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(DemoAccounts.Athletes.Count * 3 * 4 * 6);
    }

    [Fact]
    public async Task Seed_SecondTime_AddsNothing()
    {
        await SeedAsync();

        await SeedAsync();

        await using var db = App.CreateDbContext();
        (await db.Users.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(12);
    }

    [Fact]
    public async Task Seed_DemoAccounts_CanLogInWithThePrintedPassword()
    {
        await SeedAsync();
        using var client = CreateClient();

        var response = await AccountClient.LogInAsync(client, DemoAccounts.CoachMaria.Email, DemoAccounts.Password);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
    }

    private async Task SeedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(TestContext.Current.CancellationToken);
    }
}
