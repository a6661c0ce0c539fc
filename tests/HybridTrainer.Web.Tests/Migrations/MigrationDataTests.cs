using HybridTrainer.Data;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Resilience;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace HybridTrainer.Web.Tests.Migrations;

/// <summary>A database holding data in the first migration's shape keeps every row and value when migrated to the latest.</summary>
[Collection(HostGroup.Name)]
public sealed class MigrationDataTests : IAsyncLifetime
{
    private const string FirstMigration = "20261122232544_Initial";
    private readonly string _name = TestDatabase.NewName("migrate");

    public async ValueTask InitializeAsync() => await TestDatabase.EnsureServerReachableAsync();

    public async ValueTask DisposeAsync() => await TestDatabase.DropAsync(_name);

    [Fact]
    public async Task MigrateToLatest_FromDataInTheFirstShape_LosesNothing()
    {
        var connectionString = TestDatabase.CreateConnectionString(_name);
        await using var db = MigrationContext.Create(connectionString);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(FirstMigration, TestContext.Current.CancellationToken);
        (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBe([FirstMigration]);
        await InsertFirstShapeDataAsync(connectionString);
        // The migrations history grows by design; every other table must come through unchanged.
        // A block's snapshot only gains keys (its weeks' figures); it is checked on its own below.
        var firstShape = (await DatabaseSnapshot.ColumnsAsync(connectionString))
            .Where(t => t.Key != "__EFMigrationsHistory")
            .ToDictionary(t => t.Key, t => t.Key == "training_blocks" ? [.. t.Value.Where(c => c != "snapshot")] : t.Value, StringComparer.Ordinal);
        var snapshotsBefore = await BlockSnapshotsAsync(connectionString);
        var before = await DatabaseSnapshot.TakeAsync(connectionString, firstShape);

        await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        before.Where(t => t.Value.Rows == 0).Select(t => t.Key).ShouldBe(["data_protection_keys", "role_claims", "user_claims", "user_logins", "user_tokens"],
            ignoreOrder: true, "every table of the first shape holds data, so each one is checked");
        (await DatabaseSnapshot.TakeAsync(connectionString, firstShape)).ShouldBe(before);
        await SnapshotsKeepEveryKeyAsync(connectionString, snapshotsBefore);
        // The migrated rows are readable in the latest shape.
        var athlete = await db.Athletes.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        athlete.DisplayName.ShouldBe("First Shape");
        (await db.PlannedSessions.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
        (await db.SessionLogs.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task MigrateToLatest_BlockSavedWithoutWeekFigures_GetsEachWeeksWaveAndTrainingMaxes()
    {
        var connectionString = TestDatabase.CreateConnectionString(_name);
        await using var db = MigrationContext.Create(connectionString);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(FirstMigration, TestContext.Current.CancellationToken);
        await InsertFirstShapeDataAsync(connectionString);

        await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        var block = await db.TrainingBlocks.AsNoTracking().SingleAsync(b => b.Weeks == 5, TestContext.Current.CancellationToken);
        block.Snapshot.Weeks.Select(w => (w.ProgramWeek, w.WaveWeek)).ShouldBe([(1, 1), (2, 2), (3, 3), (4, 4), (5, 1)]);
        block.Snapshot.Weeks.Select(w => w.SquatTrainingMaxKg).ShouldBe([126m, 126m, 126m, 126m, 131m]);
        block.Snapshot.Weeks.Select(w => w.BenchPressTrainingMaxKg).ShouldBe([90m, 90m, 90m, 90m, 92.5m]);
        block.Snapshot.Weeks[4].DeadliftTrainingMaxKg.ShouldBe(167m);
        block.Snapshot.Weeks[4].OverheadPressTrainingMaxKg.ShouldBe(56.5m);
        block.Snapshot.ProteinGramsPerDay.ShouldBe(132);
        block.Snapshot.Input.ShouldBeNull("what a block was generated from was not kept before");
    }

    [Fact]
    public async Task MigrateToLatest_SessionReplacedAfterACheckIn_LosesTheAnswersFromItsWhyButKeepsTheReason()
    {
        var connectionString = TestDatabase.CreateConnectionString(_name);
        await using var db = MigrationContext.Create(connectionString);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(FirstMigration, TestContext.Current.CancellationToken);
        await InsertFirstShapeDataAsync(connectionString);
        await migrator.MigrateAsync("20261205085322_PeopleHaveTimeZones", TestContext.Current.CancellationToken);
        const string Reason = "You slept 4 h. Leg soreness 8/10.";
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand(
                """
                UPDATE planned_sessions SET adjustment = 'R27', downgrade_reason = @reason,
                    prescription = jsonb_build_object('Why', jsonb_build_array(
                        'Easy recovery run instead of steady work today. ' || @reason || ' (R27)', 'The quality run returns next week.'))
                """, connection);
            command.Parameters.AddWithValue("reason", Reason);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        await using var read = new NpgsqlConnection(connectionString);
        await read.OpenAsync(TestContext.Current.CancellationToken);
        await using var query = new NpgsqlCommand("SELECT prescription -> 'Why' ->> 0, prescription -> 'Why' ->> 1, downgrade_reason FROM planned_sessions", read);
        await using var row = await query.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        (await row.ReadAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
        row.GetString(0).ShouldBe("Easy recovery run instead of steady work today, after your check-in (R27).");
        row.GetString(1).ShouldBe("The quality run returns next week.");
        row.GetString(2).ShouldBe(Reason, "the athlete and their coach still read why the session changed");
    }

    private static async Task<Dictionary<Guid, string>> BlockSnapshotsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, snapshot::text FROM training_blocks", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var snapshots = new Dictionary<Guid, string>();
        while (await reader.ReadAsync())
        {
            snapshots[reader.GetGuid(0)] = reader.GetString(1);
        }

        return snapshots;
    }

    private static async Task SnapshotsKeepEveryKeyAsync(string connectionString, Dictionary<Guid, string> before)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (id, snapshot) in before)
        {
            await using var command = new NpgsqlCommand(
                "SELECT snapshot @> @before::jsonb AND jsonb_array_length(snapshot -> 'Weeks') = weeks FROM training_blocks WHERE id = @id", connection);
            command.Parameters.AddWithValue("before", snapshot);
            command.Parameters.AddWithValue("id", id);
            ((bool)(await command.ExecuteScalarAsync())!).ShouldBeTrue($"block {id} keeps {snapshot} and gains one figure per week");
        }
    }

    // Raw SQL in the columns the first migration created: the entities may have moved on since.
    private static async Task InsertFirstShapeDataAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO users (id, display_name, created_at, user_name, normalized_user_name, email, normalized_email, email_confirmed,
                password_hash, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
            VALUES ('00000000-0000-0000-0000-000000000001', 'Coach Carter', '2026-11-01T08:00:00Z', 'coach@example.test', 'COACH@EXAMPLE.TEST',
                'coach@example.test', 'COACH@EXAMPLE.TEST', true, 'hash', 'stamp', 'c1', false, false, true, 0),
                   ('00000000-0000-0000-0000-000000000002', 'Ath Lete', '2026-11-01T08:00:00Z', 'athlete@example.test', 'ATHLETE@EXAMPLE.TEST',
                'athlete@example.test', 'ATHLETE@EXAMPLE.TEST', true, 'hash', 'stamp', 'c2', false, false, true, 0);
            INSERT INTO user_roles (user_id, role_id)
            SELECT '00000000-0000-0000-0000-000000000001'::uuid, id FROM roles WHERE normalized_name = 'COACH'
            UNION ALL SELECT '00000000-0000-0000-0000-000000000002'::uuid, id FROM roles WHERE normalized_name = 'ATHLETE';
            INSERT INTO gyms (id, name, smallest_plate_pair_kg, created_at)
            VALUES ('00000000-0000-0000-0000-0000000000a1', 'Iron Temple', 2.5, '2026-11-01T08:00:00Z');
            INSERT INTO gym_memberships (id, gym_id, user_id, role, joined_at)
            VALUES ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-000000000001', 'Coach', '2026-11-01T08:00:00Z');
            INSERT INTO athletes (id, user_id, gym_id, display_name, body_weight_kg, birth_year, resting_heart_rate, running_base_weeks,
                five_km_time, goal, available_days, units, created_at, updated_at)
            VALUES ('00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-0000000000a1',
                'First Shape', 82.5, 1994, 58, 8, '00:22:30', 'Balanced', '{1,3,5}', 'Metric', '2026-11-01T08:00:00Z', '2026-11-02T08:00:00Z');
            INSERT INTO coach_clients (id, coach_user_id, athlete_id, started_at, ended_at)
            VALUES ('00000000-0000-0000-0000-0000000000d1', '00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-0000000000c1', '2026-11-01T08:00:00Z', NULL);
            INSERT INTO lift_maxes (id, athlete_id, lift, one_rep_max_kg, test_weight_kg, test_reps, measured_on)
            VALUES ('00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-0000000000c1', 'Squat', 140, 120, 5, '2026-10-30');
            INSERT INTO recovery_logs (id, athlete_id, date, sleep_hours, soreness_legs, soreness_upper, fatigue, sleep_quality, muscle_soreness,
                stress, mood, resting_heart_rate, hrv_ln_rmssd, foam_rolled, created_at)
            VALUES ('00000000-0000-0000-0000-0000000000f1', '00000000-0000-0000-0000-0000000000c1', '2026-11-02', 7.5, 2, 1, 3, 4, 2, 2, 4, 57, 4.2, true, '2026-11-02T07:00:00Z');
            INSERT INTO shoes (id, athlete_id, name, kind, kilometres, retired_on, created_at)
            VALUES ('00000000-0000-0000-0000-000000000101', '00000000-0000-0000-0000-0000000000c1', 'Daily trainer', 'Cushioned', 312.4, NULL, '2026-11-01T08:00:00Z');
            INSERT INTO training_blocks (id, athlete_id, start_date, weeks, created_by_user_id, created_at, snapshot)
            VALUES ('00000000-0000-0000-0000-000000000201', '00000000-0000-0000-0000-0000000000c1', '2026-11-02', 1,
                '00000000-0000-0000-0000-000000000001', '2026-11-01T08:00:00Z', '{}'),
                   ('00000000-0000-0000-0000-000000000202', '00000000-0000-0000-0000-0000000000c1', '2026-10-05', 5,
                '00000000-0000-0000-0000-000000000001', '2026-10-04T08:00:00Z',
                '{"Vdot": 44.2, "SquatTrainingMaxKg": 126, "BenchPressTrainingMaxKg": 90, "DeadliftTrainingMaxKg": 162, "OverheadPressTrainingMaxKg": 54, "ProteinGramsPerDay": 132, "Warnings": [{"Rule": "R17", "Message": "Ease in."}]}');
            INSERT INTO planned_sessions (id, athlete_id, block_id, date, program_week, wave_week, kind, run_type, lift_focus, hard_on_legs,
                duration_minutes, planned_rpe, load_au, shoe_id, coach_note, downgrade_reason, updated_by_user_id, updated_at, prescription)
            VALUES ('00000000-0000-0000-0000-000000000301', '00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-000000000201',
                '2026-11-03', 1, 1, 'Run', 'Steady', NULL, false, 40, 4, 160, '00000000-0000-0000-0000-000000000101', 'Keep it easy', NULL,
                '00000000-0000-0000-0000-000000000001', '2026-11-01T08:00:00Z', '{}');
            INSERT INTO session_logs (id, planned_session_id, athlete_id, completed, actual_duration_minutes, distance_km, rpe, notes,
                logged_by_user_id, logged_at, sets)
            VALUES ('00000000-0000-0000-0000-000000000401', '00000000-0000-0000-0000-000000000301', '00000000-0000-0000-0000-0000000000c1',
                true, 42, 7.8, 4, 'Felt good', '00000000-0000-0000-0000-000000000002', '2026-11-03T18:00:00Z', '[]');
            """, connection);
        await command.ExecuteNonQueryAsync();
    }
}
