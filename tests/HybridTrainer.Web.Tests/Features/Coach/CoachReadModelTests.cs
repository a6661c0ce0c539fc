using System.Security.Claims;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Activities;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ShoeKind = HybridTrainer.Domain.Athletes.ShoeKind;

namespace HybridTrainer.Web.Tests.Features.Coach;

/// <summary>
/// The coach's table reads kept verdicts (<see cref="BlockVerdict"/>): after every kind of change, made through the
/// app's own services, the kept verdict of each live block is exactly what a fresh plan-checker run on the stored block says.
/// </summary>
public sealed class CoachReadModelTests(HostFixture host) : CoachHostTest(host)
{
    private static readonly DateOnly LastMonday = LocalDays.MondayOf(Today).AddDays(-7);

    [Fact]
    public async Task Move_ConfirmedAgainstR5_KeepsTheCheckersVerdict()
    {
        var (user, athlete, _) = await Data.AthleteWithBlockAsync(NextMonday);
        var hard = (await Data.SessionsOfAsync(athlete.Id)).Where(s => s.HardOnLegs).ToList();

        (await Service<SessionMover>().MoveAsync(user, hard[^1].Id, hard[0].Date.AddDays(1), confirmed: true, Ct)).Succeeded.ShouldBeTrue();

        (await KeptMatchesTheCheckerAsync(athlete.Id)).ShouldContain(w => w.StartsWith("R5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edit_APrescription_KeepsTheCheckersVerdict()
    {
        var (user, athlete, _) = await Data.AthleteWithBlockAsync(NextMonday);
        var run = (await Data.SessionsOfAsync(athlete.Id)).First(s => s.Kind == SessionKind.Run);
        var detail = (await Service<SessionJournal>().GetAsync(user, run.Id, Ct)).ShouldNotBeNull();
        var input = PrescriptionInput.From(detail.Session);
        input.DurationMinutes = 240;
        var before = await KeptMatchesTheCheckerAsync(athlete.Id);

        (await Service<SessionEditor>().SaveAsync(user, run.Id, input, Ct)).Succeeded.ShouldBeTrue();

        (await KeptMatchesTheCheckerAsync(athlete.Id)).ShouldNotBe(before, "a four-hour run breaks a rule the block kept before");
    }

    [Fact]
    public async Task Log_ARunThatTakesItsPairPast800Km_KeepsTheCheckersR29Verdict()
    {
        var (user, athleteId, pair) = await AthleteWithPairAsync(797m);
        var run = await PastRunInAsync(athleteId, pair);
        (await KeptMatchesTheCheckerAsync(athleteId)).ShouldNotContain(w => w.StartsWith("R29", StringComparison.Ordinal));

        var logged = await Service<SessionJournal>().SaveAsync(user, run, new LogSessionInput { ActualDurationMinutes = 50, Rpe = 5, DistanceKm = 12m }, Ct);

        logged.Succeeded.ShouldBeTrue();
        (await KeptMatchesTheCheckerAsync(athleteId)).ShouldContain(w => w.StartsWith("R29", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ARunMatchedToAPlannedOne_KeepsTheCheckersVerdictAndThePairsDistance()
    {
        var (user, athleteId, pair) = await AthleteWithPairAsync(797m);
        var runId = await PastRunInAsync(athleteId, pair);
        var day = (await Data.SessionsOfAsync(athleteId)).Single(s => s.Id == runId).Date;

        var imported = await Service<ActivityImporter>().ImportAsync(
            user, null, "run.tcx", ActivityFiles.TcxRunStartingAt(new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero)), cancellationToken: Ct);

        imported.Succeeded.ShouldBeTrue();
        (await KeptMatchesTheCheckerAsync(athleteId)).ShouldContain(w => w.StartsWith("R29", StringComparison.Ordinal));
        await using var db = App.CreateDbContext();
        (await db.Shoes.SingleAsync(s => s.Id == pair, Ct)).LoggedKilometres.ShouldBe(4.69m);
    }

    [Fact]
    public async Task Regenerate_ANewBlockOverTheOldOne_KeepsAVerdictForEveryLiveBlock()
    {
        var (user, athlete, _) = await Data.AthleteWithBlockAsync(NextMonday, 2);

        var saved = await Service<PlanService>().SaveAsync(user, null, new GenerateBlockInput { StartDate = NextMonday.AddDays(7).ToDateTime(TimeOnly.MinValue), Weeks = 3 }, Ct);

        saved.Failure.ShouldBeNull();
        await KeptMatchesTheCheckerAsync(athlete.Id, blocks: 2);
    }

    [Fact]
    public async Task DowngradeAccepted_KeepsTheCheckersVerdict()
    {
        var (user, athlete, _) = await Data.AthleteWithBlockAsync(Today, 1, Enum.GetValues<DayOfWeek>());
        var hardId = await Data.HardSessionOnAsync(athlete.Id, Today);
        var checkIns = Service<RecoveryCheckIn>();
        (await checkIns.SaveAsync(user, null, new CheckInInput { SleepHours = 5m }, Ct)).Succeeded.ShouldBeTrue();

        (await checkIns.AcceptAsync(user, null, hardId, Ct)).ShouldBeTrue();

        await KeptMatchesTheCheckerAsync(athlete.Id);
    }

    [Fact]
    public async Task LogRemovedFromItsPair_ThePairsDistanceGoesBackDown()
    {
        var (user, athleteId, pair) = await AthleteWithPairAsync(100m);
        var run = await PastRunInAsync(athleteId, pair);
        (await Service<SessionJournal>().SaveAsync(user, run, new LogSessionInput { ActualDurationMinutes = 50, Rpe = 5, DistanceKm = 12m }, Ct)).Succeeded.ShouldBeTrue();

        (await Service<SessionJournal>().SaveAsync(user, run, new LogSessionInput { Completed = false }, Ct)).Succeeded.ShouldBeTrue();

        await using var db = App.CreateDbContext();
        (await db.Shoes.SingleAsync(s => s.Id == pair, Ct)).TotalKilometres.ShouldBe(100m);
    }

    // An athlete with one cushioned pair at the given distance and a two-week block from last Monday, runs planned in it.
    private async Task<(ClaimsPrincipal User, Guid AthleteId, Guid PairId)> AthleteWithPairAsync(decimal km)
    {
        var user = await Data.UserAsync(HybridTrainer.Data.Identity.AppRoles.Athlete);
        var athlete = await Data.CompleteAthleteAsync(user.Id);
        var pair = new Shoe { Id = Guid.NewGuid(), AthleteId = athlete.Id, Name = "Daily trainer", Kind = ShoeKind.Cushioned, Kilometres = km, CreatedAt = TestClock.Start };
        await using (var db = App.CreateDbContext())
        {
            db.Shoes.Add(pair);
            await db.SaveChangesAsync(Ct);
        }

        var principal = TestData.Principal(user.Id);
        var saved = await Service<PlanService>().SaveAsync(principal, null, new GenerateBlockInput { StartDate = LastMonday.ToDateTime(TimeOnly.MinValue), Weeks = 2 }, Ct);
        saved.Failure.ShouldBeNull();
        return (principal, athlete.Id, pair.Id);
    }

    private async Task<Guid> PastRunInAsync(Guid athleteId, Guid pairId) =>
        (await Data.SessionsOfAsync(athleteId)).First(s => s.ShoeId == pairId && s.Date < Today).Id;

    /// <summary>Every live block's kept verdict against a fresh checker run on the stored block; returns the verdicts.</summary>
    private async Task<List<string>> KeptMatchesTheCheckerAsync(Guid athleteId, int blocks = 1)
    {
        await using var db = App.CreateDbContext();
        var athlete = await db.Athletes.AsNoTracking().Include(a => a.LiftMaxes).Include(a => a.Shoes).AsSplitQuery().SingleAsync(a => a.Id == athleteId, Ct);
        var profile = athlete.ToProfile().ShouldNotBeNull();
        var blockIds = await db.TrainingBlocks.Where(b => b.AthleteId == athleteId).Select(b => b.Id).ToListAsync(Ct);
        blockIds.Count.ShouldBe(blocks);
        var kept = await db.BlockVerdicts.AsNoTracking().Where(v => v.AthleteId == athleteId).ToDictionaryAsync(v => v.BlockId, Ct);
        var all = new List<string>();
        foreach (var blockId in blockIds)
        {
            var fresh = (await StoredPlan.LoadAsync(db, blockId, profile, Ct)).Check().Select(StoredFinding.Encode).Distinct().ToList();
            var verdict = kept.GetValueOrDefault(blockId).ShouldNotBeNull($"block {blockId} has no kept verdict");
            verdict.Version.ShouldBe(BlockVerdict.CurrentVersion);
            verdict.Warnings.ShouldBe(fresh, ignoreOrder: true);
            all.AddRange(fresh);
        }

        return all;
    }
}
