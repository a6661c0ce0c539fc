using System.Security.Claims;
using HybridTrainer.Data.Seeding;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Shoes;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>The demo's eight lived weeks: what a newcomer and a coach see on first start.</summary>
public class DemoHistoryTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_EveryDemoAthlete_HasEightWeeksOfSessionsBeforeToday_EachLogged()
    {
        await SeedAsync();

        await using var db = App.CreateDbContext();
        foreach (var athlete in await db.Athletes.AsNoTracking().ToListAsync(Ct))
        {
            var today = LocalDays.DateIn(TestClock.Start, athlete.TimeZone);
            var sessions = await db.PlannedSessions.Where(s => s.AthleteId == athlete.Id && s.Date < today)
                .Select(s => new { s.Date, Logged = db.SessionLogs.Any(l => l.PlannedSessionId == s.Id) })
                .ToListAsync(Ct);

            sessions.Min(s => s.Date).ShouldBe(LocalDays.MondayOf(today).AddDays(-56), athlete.DisplayName);
            sessions.Select(s => LocalDays.MondayOf(s.Date)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(8, athlete.DisplayName);
            sessions.ShouldAllBe(s => s.Logged, $"{athlete.DisplayName}: every past session has a log, done or skipped");
            (await db.SessionLogs.CountAsync(l => l.AthleteId == athlete.Id, Ct)).ShouldBe(sessions.Count, "nothing from today on is logged yet");
        }
    }

    [Fact]
    public async Task Seed_PastSessions_AreMostlyDoneWithSomeSkipped()
    {
        await SeedAsync();

        await using var db = App.CreateDbContext();
        var logs = await db.SessionLogs.AsNoTracking().ToListAsync(Ct);
        var skipped = logs.Count(l => !l.Completed);

        skipped.ShouldBeGreaterThan(0);
        ((double)skipped / logs.Count).ShouldBeLessThan(0.15);
        logs.Where(l => !l.Completed).ShouldAllBe(l => l.Notes != null && l.ActualDurationMinutes == null && l.Sets.Count == 0);
        var done = logs.Where(l => l.Completed).ToList();
        done.ShouldAllBe(l => l.ActualDurationMinutes > 0 && l.Rpe >= 1 && l.Rpe <= 10);
        done.Select(l => l.Rpe).Distinct().Count().ShouldBeGreaterThan(2, "felt effort spreads around the plan");
    }

    [Fact]
    public async Task Seed_DoneSessions_SpreadAroundThePlannedMinutesAndLogDistanceOrSets()
    {
        await SeedAsync();

        await using var db = App.CreateDbContext();
        var done = await (from l in db.SessionLogs.AsNoTracking()
                          join s in db.PlannedSessions on l.PlannedSessionId equals s.Id
                          where l.Completed
                          select new { s.Kind, Planned = s.DurationMinutes, Minutes = l.ActualDurationMinutes!.Value, l.DistanceKm, l.Sets }).ToListAsync(Ct);

        done.Count(d => d.Minutes != d.Planned).ShouldBeGreaterThan(done.Count / 2);
        done.ShouldAllBe(d => Math.Abs(d.Minutes - d.Planned) <= (d.Planned / 2) + 5);
        done.Where(d => d.Kind == SessionKind.Run).ShouldAllBe(d => d.DistanceKm > 0 && d.Sets.Count == 0);
        done.Where(d => d.Kind == SessionKind.Lift).ShouldAllBe(d => d.DistanceKm == null && d.Sets.Count > 0);
    }

    [Fact]
    public async Task Seed_EveryMorning_HasACheckIn_ThisMorningIncluded()
    {
        await SeedAsync();

        await using var db = App.CreateDbContext();
        foreach (var athlete in await db.Athletes.AsNoTracking().ToListAsync(Ct))
        {
            var today = LocalDays.DateIn(TestClock.Start, athlete.TimeZone);
            var first = LocalDays.MondayOf(today).AddDays(-56);
            var dates = await db.RecoveryLogs.Where(r => r.AthleteId == athlete.Id).Select(r => r.Date).ToListAsync(Ct);

            dates.Order().ShouldBe(Enumerable.Range(0, today.DayNumber - first.DayNumber + 1).Select(first.AddDays));
        }
    }

    [Fact]
    public async Task CoachTable_DemoMaria_ShowsComplianceAndLoadForEveryClient_AndOneReadinessFlagForJordan()
    {
        await SeedAsync();

        var rows = await ClientsOfAsync(DemoAccounts.CoachMaria);

        rows.Count.ShouldBe(3);
        rows.ShouldAllBe(r => r.PlannedThisWeek > 0 && r.Acwr != null && r.LastCheckIn != null);
        foreach (var row in rows)
        {
            var today = LocalDays.DateIn(TestClock.Start, DemoAccounts.GymTimeZone);
            (row.DoneThisWeek + row.MissedThisWeek).ShouldBe(await SessionsThisWeekBeforeAsync(row.AthleteId, today), row.Name);
        }

        rows.Where(r => r.ReadinessFlag).Select(r => r.Name).ShouldBe(["Jordan Reyes"]);
        rows.Single(r => r.ReadinessFlag).ReadinessReason!.ShouldContain("slept");
    }

    [Fact]
    public async Task CoachTable_DemoTom_HasNoReadinessFlag()
    {
        await SeedAsync();

        var rows = await ClientsOfAsync(DemoAccounts.CoachTom);

        rows.Count.ShouldBe(3);
        rows.ShouldAllBe(r => !r.ReadinessFlag && r.Acwr != null);
    }

    [Fact]
    public async Task Shoes_OnlyAlexsDailyTrainer_IsPastFiveHundredKmFromLoggedRuns()
    {
        await SeedAsync();

        var worn = new List<(string Athlete, ShoeRow Shoe)>();
        foreach (var demo in DemoAccounts.Athletes)
        {
            var view = await Service<ShoeService>().GetAsync(await PrincipalOfAsync(demo.Account), Ct);
            worn.AddRange(view!.Shoes.Where(s => s.TotalKm >= (decimal)R29ShoeRetirement.FlagKm).Select(s => (demo.Account.DisplayName, s)));
        }

        var (athlete, shoe) = worn.ShouldHaveSingleItem();
        athlete.ShouldBe("Alex Kim");
        shoe.Wear.ShouldBe(ShoeWear.Worn);
        shoe.StartingKm.ShouldBeLessThan((decimal)R29ShoeRetirement.FlagKm, "the logged runs took it past 500 km");
    }

    [Fact]
    public async Task CoachTable_AlexsDailyTrainer_WearsOutThereAsOnHisShoesPage()
    {
        await SeedAsync();

        var rows = (await ClientsOfAsync(DemoAccounts.CoachMaria)).Concat(await ClientsOfAsync(DemoAccounts.CoachTom)).ToList();

        rows.Where(r => r.WornShoes.Count > 0 || r.ShoesToRetire.Count > 0).Select(r => r.Name).ShouldBe(["Alex Kim"]);
        rows.Single(r => r.Name == "Alex Kim").WornShoes.ShouldHaveSingleItem().ShouldStartWith("Daily cushioned trainer");
    }

    [Fact]
    public async Task CurrentBlock_RaisesTheTrainingMaxOfLiftsThatProgressed_AndLowersTheStalledOne()
    {
        await SeedAsync();

        await using var db = App.CreateDbContext();
        foreach (var demo in DemoAccounts.Athletes)
        {
            var athlete = await db.Athletes.SingleAsync(a => a.DisplayName == demo.Account.DisplayName, Ct);
            var blocks = await db.TrainingBlocks.Where(b => b.AthleteId == athlete.Id).OrderBy(b => b.StartDate).ToListAsync(Ct);
            var (last, current) = (blocks[^2].Snapshot, blocks[^1].Snapshot);

            foreach (var lift in Enum.GetValues<MainLift>())
            {
                var expected = lift == demo.StalledLift
                    ? R22CycleProgression.StallFactor * Max(last, lift)
                    : Max(last, lift) + R22CycleProgression.IncrementFor(lift);
                Max(current, lift).ShouldBe(expected, $"{demo.Account.DisplayName} {lift}");
            }

            current.Warnings.ShouldContain(w => w.Rule == R22CycleProgression.Id);
        }
    }

    [Fact]
    public async Task Amraps_BeatTheirMinimumForProgressingLifts_AndMissItForTheStalledLiftInTheLastCycle()
    {
        await SeedAsync();

        await using var db = App.CreateDbContext();
        foreach (var demo in DemoAccounts.Athletes)
        {
            var athlete = await db.Athletes.SingleAsync(a => a.DisplayName == demo.Account.DisplayName, Ct);
            var lastCycle = (await db.TrainingBlocks.Where(b => b.AthleteId == athlete.Id).OrderBy(b => b.StartDate).ToListAsync(Ct))[^2];
            var amraps = (await (from l in db.SessionLogs.AsNoTracking()
                                 join s in db.PlannedSessions on l.PlannedSessionId equals s.Id
                                 where l.AthleteId == athlete.Id && l.Completed
                                 select new { s.BlockId, s.Prescription, l.Sets }).ToListAsync(Ct))
                .SelectMany(x => x.Sets.Where(set => set.Amrap).Select(set => new
                {
                    x.BlockId,
                    Lift = Enum.Parse<MainLift>(set.MainLift!),
                    set.Reps,
                    Asked = x.Prescription.Exercises.Single(e => e.Name == set.Exercise).Sets[set.SetNumber - 1].Reps,
                }))
                .ToList();

            var stalled = amraps.Where(a => a.Lift == demo.StalledLift && a.BlockId == lastCycle.Id).ToList();
            stalled.ShouldNotBeEmpty(demo.Account.DisplayName);
            stalled.ShouldAllBe(a => a.Reps < a.Asked);
            amraps.Where(a => a.Lift != demo.StalledLift).ShouldAllBe(a => a.Reps >= a.Asked);
            amraps.Where(a => a.Lift != demo.StalledLift).ShouldContain(a => a.Reps > a.Asked + 2, "progressing lifts beat their minimum well");
        }
    }

    [Fact]
    public void BodyWeight_MuscleGoalAthletesDriftUpATenthToThreeTenthsOfAKiloAWeek_TheOthersHold()
    {
        foreach (var demo in DemoAccounts.Athletes)
        {
            var today = LocalDays.DateIn(TestClock.Start, demo.Account.TimeZone);
            var series = DemoBodyWeights.For(demo, today);

            series[0].Date.ShouldBe(LocalDays.MondayOf(today).AddDays(-56));
            series[^1].Date.ShouldBe(today);
            var weekly = Slope(series) * 7;
            if (demo.Goal == Goal.BuildMuscle)
            {
                weekly.ShouldBeInRange(0.05, 0.35, demo.Account.DisplayName);
            }
            else
            {
                Math.Abs(weekly).ShouldBeLessThan(0.05, demo.Account.DisplayName);
            }
        }
    }

    [Fact]
    public async Task BodyWeight_TheProfileHoldsThisMorningsReading()
    {
        await SeedAsync();

        await using var db = App.CreateDbContext();
        foreach (var demo in DemoAccounts.Athletes)
        {
            var weight = await db.Athletes.Where(a => a.DisplayName == demo.Account.DisplayName).Select(a => a.BodyWeightKg).SingleAsync(Ct);
            weight.ShouldBe(DemoBodyWeights.For(demo, LocalDays.DateIn(TestClock.Start, demo.Account.TimeZone))[^1].Kg);
        }
    }

    [Fact]
    public async Task BodyWeight_TheBodyLogHoldsEveryMorningsWeighIn()
    {
        await SeedAsync();

        await using var db = App.CreateDbContext();
        foreach (var demo in DemoAccounts.Athletes)
        {
            var series = DemoBodyWeights.For(demo, LocalDays.DateIn(TestClock.Start, demo.Account.TimeZone));
            var logged = await db.BodyMeasurements.Where(m => db.Athletes.Any(a => a.Id == m.AthleteId && a.DisplayName == demo.Account.DisplayName))
                .OrderBy(m => m.Date).Select(m => new { m.Date, m.WeightKg }).ToListAsync(Ct);
            logged.Select(m => (m.Date, m.WeightKg)).ShouldBe(series.Select(w => (w.Date, w.Kg)));
        }
    }

    [Fact]
    public async Task Seed_SameDateTwice_GivesIdenticalData()
    {
        await SeedAsync();
        var first = await FingerprintAsync();
        await Host.ResetAsync();

        await SeedAsync();

        (await FingerprintAsync()).ShouldBe(first);
    }

    [Fact]
    public async Task Seed_AWeekLater_ShiftsEveryDateByAWeek()
    {
        await SeedAsync();
        var now = await DatesAsync();
        await Host.ResetAsync();

        await SeedAsync(new FakeTimeProvider(TestClock.Start.AddDays(7)));

        (await DatesAsync()).ShouldBe(now.Select(d => d with { Date = d.Date.AddDays(7) }).ToList());
    }

    [Fact]
    public async Task Seed_SecondTime_DuplicatesNoHistory()
    {
        await SeedAsync();
        var first = await FingerprintAsync();

        await SeedAsync();

        (await FingerprintAsync()).ShouldBe(first);
    }

    private async Task SeedAsync(TimeProvider? clock = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var seeder = clock is null
            ? scope.ServiceProvider.GetRequiredService<DemoDataSeeder>()
            : ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider, clock);
        await seeder.SeedAsync(Ct);
    }

    private async Task<IReadOnlyList<ClientRow>> ClientsOfAsync(DemoAccount coach) =>
        await Service<CoachDesk>().ListClientsAsync(await PrincipalOfAsync(coach), Ct);

    private async Task<ClaimsPrincipal> PrincipalOfAsync(DemoAccount account)
    {
        await using var db = App.CreateDbContext();
        var id = await db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync(Ct);
        return new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(ClaimTypes.Role, account.Role)], "Test"));
    }

    private async Task<int> SessionsThisWeekBeforeAsync(Guid athleteId, DateOnly today)
    {
        await using var db = App.CreateDbContext();
        var monday = LocalDays.MondayOf(today);
        return await db.PlannedSessions.CountAsync(s => s.AthleteId == athleteId && s.Date >= monday && s.Date < today, Ct);
    }

    private T Service<T>()
        where T : notnull => App.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private static decimal Max(Data.Planning.BlockSnapshot snapshot, MainLift lift) => lift switch
    {
        MainLift.Squat => snapshot.SquatTrainingMaxKg,
        MainLift.BenchPress => snapshot.BenchPressTrainingMaxKg,
        MainLift.Deadlift => snapshot.DeadliftTrainingMaxKg,
        _ => snapshot.OverheadPressTrainingMaxKg,
    };

    // Least-squares slope in kg a day: the trend under the daily scale noise.
    private static double Slope(IReadOnlyList<DemoWeighIn> series)
    {
        var xs = series.Select(w => (double)w.Date.DayNumber).ToList();
        var ys = series.Select(w => (double)w.Kg).ToList();
        var (mx, my) = (xs.Average(), ys.Average());
        return xs.Zip(ys).Sum(p => (p.First - mx) * (p.Second - my)) / xs.Sum(x => (x - mx) * (x - mx));
    }

    private sealed record DatedRow(string What, string Athlete, DateOnly Date);

    // Every date the demo wrote, per athlete: blocks, sessions, logs and check-ins.
    private async Task<List<DatedRow>> DatesAsync()
    {
        await using var db = App.CreateDbContext();
        var names = await db.Athletes.ToDictionaryAsync(a => a.Id, a => a.DisplayName, Ct);
        var rows = new List<DatedRow>();
        rows.AddRange((await db.TrainingBlocks.Select(b => new { b.AthleteId, b.StartDate }).ToListAsync(Ct)).Select(b => new DatedRow("block", names[b.AthleteId], b.StartDate)));
        rows.AddRange((await db.PlannedSessions.Select(s => new { s.AthleteId, s.Date, s.Kind }).ToListAsync(Ct)).Select(s => new DatedRow($"session {s.Kind}", names[s.AthleteId], s.Date)));
        rows.AddRange((await db.SessionLogs.Join(db.PlannedSessions, l => l.PlannedSessionId, s => s.Id, (l, s) => new { s.AthleteId, s.Date }).ToListAsync(Ct))
            .Select(l => new DatedRow("log", names[l.AthleteId], l.Date)));
        rows.AddRange((await db.RecoveryLogs.Select(r => new { r.AthleteId, r.Date }).ToListAsync(Ct)).Select(r => new DatedRow("check-in", names[r.AthleteId], r.Date)));
        return [.. rows.OrderBy(r => r.What, StringComparer.Ordinal).ThenBy(r => r.Athlete, StringComparer.Ordinal).ThenBy(r => r.Date)];
    }

    // Everything a person sees of the demo, without the ids and stamps that are new on every run.
    private async Task<List<string>> FingerprintAsync()
    {
        await using var db = App.CreateDbContext();
        var names = await db.Athletes.ToDictionaryAsync(a => a.Id, a => a.DisplayName, Ct);
        var lines = new List<string>();
        lines.AddRange(await db.Athletes.Select(a => $"athlete {a.DisplayName} {a.BodyWeightKg} {a.Goal}").ToListAsync(Ct));
        lines.AddRange(await db.Shoes.Select(s => $"shoe {s.Name} {s.Kilometres}").ToListAsync(Ct));
        lines.AddRange((await db.TrainingBlocks.ToListAsync(Ct)).Select(b =>
            $"block {names[b.AthleteId]} {b.StartDate} {b.Weeks} {b.Snapshot.SquatTrainingMaxKg} {b.Snapshot.BenchPressTrainingMaxKg} {b.Snapshot.DeadliftTrainingMaxKg} {b.Snapshot.OverheadPressTrainingMaxKg} {b.Snapshot.ProteinGramsPerDay}"));
        lines.AddRange((await db.PlannedSessions.ToListAsync(Ct)).Select(s => $"session {names[s.AthleteId]} {s.Date} {s.Kind} {s.RunType} {s.LiftFocus} {s.DurationMinutes} {s.PlannedRpe}"));
        lines.AddRange((await db.SessionLogs.Join(db.PlannedSessions, l => l.PlannedSessionId, s => s.Id, (l, s) => new { s.Date, l }).ToListAsync(Ct)).Select(x =>
            $"log {names[x.l.AthleteId]} {x.Date} {x.l.Completed} {x.l.ActualDurationMinutes} {x.l.DistanceKm} {x.l.Rpe} {x.l.Notes} {x.l.LoggedAt:O} "
            + string.Join(",", x.l.Sets.Select(s => $"{s.Exercise}#{s.SetNumber}:{s.Reps}x{s.WeightKg}"))));
        lines.AddRange((await db.RecoveryLogs.ToListAsync(Ct)).Select(r =>
            $"check-in {names[r.AthleteId]} {r.Date} {r.SleepHours} {r.SorenessLegs} {r.SorenessUpper} {r.Fatigue} {r.SleepQuality} {r.MuscleSoreness} {r.Stress} {r.Mood} {r.RestingHeartRate} {r.FoamRolled}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
