using System.Diagnostics;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Npgsql;

namespace HybridTrainer.Web.Tests.Resilience;

/// <summary>scripts/backup.sh and scripts/restore.sh against the test server: a restore brings back every row.</summary>
public class BackupRestoreTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task BackupThenRestoreIntoAFreshDatabase_FindsEveryRowOfEveryTable()
    {
        var data = new TestData(App);
        var coach = await data.UserAsync(AppRoles.Coach);
        var (_, athlete, _) = await data.AthleteWithBlockAsync(new DateOnly(2026, 11, 23), weeks: 2);
        await data.LinkCoachAsync(coach.Id, athlete.Id);
        await data.GymAsync("Iron Temple", (coach.Id, GymRole.Coach));
        var file = Path.Combine(Path.GetTempPath(), $"hybridtrainer-backup-{Guid.NewGuid():N}.dump");
        var restored = TestDatabase.NewName("restore");
        try
        {
            var backup = await RunScriptAsync("backup.sh", App.DatabaseName, file);
            backup.ExitCode.ShouldBe(0, backup.Output);
            var restore = await RunScriptAsync("restore.sh", restored, file);
            restore.ExitCode.ShouldBe(0, restore.Output);

            var before = await DatabaseSnapshot.TakeAsync(TestDatabase.CreateConnectionString(App.DatabaseName));
            var after = await DatabaseSnapshot.TakeAsync(TestDatabase.CreateConnectionString(restored));

            before["planned_sessions"].Rows.ShouldBeGreaterThan(0);
            before["coach_clients"].Rows.ShouldBe(1);
            after.ShouldBe(before);
        }
        finally
        {
            File.Delete(file);
            await TestDatabase.DropAsync(restored);
        }
    }

    [Fact]
    public async Task Restore_IntoADatabaseThatHoldsTables_RefusesUnlessForced()
    {
        await new TestData(App).UserAsync(AppRoles.Athlete);
        var file = Path.Combine(Path.GetTempPath(), $"hybridtrainer-backup-{Guid.NewGuid():N}.dump");
        try
        {
            (await RunScriptAsync("backup.sh", App.DatabaseName, file)).ExitCode.ShouldBe(0);

            var refused = await RunScriptAsync("restore.sh", App.DatabaseName, file);
            refused.ExitCode.ShouldNotBe(0);
            refused.Output.ShouldContain("--force");

            var before = await DatabaseSnapshot.TakeAsync(TestDatabase.CreateConnectionString(App.DatabaseName));
            var forced = await RunScriptAsync("restore.sh", App.DatabaseName, "--force", file);
            forced.ExitCode.ShouldBe(0, forced.Output);
            (await DatabaseSnapshot.TakeAsync(TestDatabase.CreateConnectionString(App.DatabaseName))).ShouldBe(before);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Scripts_WithoutAFile_PrintUsageAndFail()
    {
        var backup = await RunScriptAsync("backup.sh", App.DatabaseName);
        backup.ExitCode.ShouldNotBe(0);
        backup.Output.ShouldContain("Usage", Case.Insensitive);
        var restore = await RunScriptAsync("restore.sh", App.DatabaseName, "/nonexistent/backup.dump");
        restore.ExitCode.ShouldNotBe(0);
        restore.Output.ShouldContain("no readable backup");
    }

    private static async Task<(int ExitCode, string Output)> RunScriptAsync(string script, string database, params string[] arguments)
    {
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString);
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot(), "scripts", script))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["HT_PG_PORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["HT_PG_DB"] = database,
                ["HT_PG_USER"] = server.Username,
                ["HT_PG_PASSWORD"] = server.Password,
            },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "backup.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("scripts/backup.sh not found above " + AppContext.BaseDirectory);
    }
}
