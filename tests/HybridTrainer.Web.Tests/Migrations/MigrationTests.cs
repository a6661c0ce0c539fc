using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Migrations;

public class MigrationTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Database_AfterStartUp_HasEveryMigrationApplied()
    {
        await using var db = App.CreateDbContext();

        (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ShouldNotBeEmpty();
    }

    [Fact]
    public void Model_ComparedWithTheLastMigration_HasNoUncommittedChanges()
    {
        using var db = App.CreateDbContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse("the model changed without a migration: run dotnet ef migrations add");
    }

    [Fact]
    public async Task Roles_AreSeededByTheMigration()
    {
        await using var db = App.CreateDbContext();

        var roles = await db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync(TestContext.Current.CancellationToken);

        roles.ShouldBe(["Athlete", "Coach", "GymAdmin", "GymStaff"]);
    }
}
