using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Plan;

/// <summary>A race block's run prescriptions survive the jsonb column: race-pace minutes and pace, and the fuelling note.</summary>
public class RacePrescriptionStorageTests(HostFixture host) : HostTest(host)
{
    private static readonly DateOnly Monday = LocalDays.MondayOf(TestClock.Today);

    [Fact]
    public async Task SaveAndLoad_LongRunAndRace_KeepRacePaceAndFuelling()
    {
        var (_, athlete, _) = await new TestData(App).AthleteWithBlockAsync(Monday);
        var longRun = RaceSessions.LongRun(athlete.Id, Monday.AddDays(7));
        var race = RaceSessions.Race(athlete.Id, Monday.AddDays(14));
        await using (var db = App.CreateDbContext())
        {
            db.PlannedSessions.AddRange(longRun, race);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var read = App.CreateDbContext();
        var stored = await read.PlannedSessions.AsNoTracking().Where(s => s.Id == longRun.Id || s.Id == race.Id).ToDictionaryAsync(s => s.Id, TestContext.Current.CancellationToken);

        var longRunBack = stored[longRun.Id].ToDomain().Run.ShouldNotBeNull();
        var expected = RaceSessions.RacePaceLongRunWeek.Sessions.Single(s => s.RunType == RunType.Long).Run!;
        longRunBack.RacePaceMinutes.ShouldBe(expected.RacePaceMinutes);
        longRunBack.RacePace.ShouldBe(expected.RacePace);
        longRunBack.FuellingNote.ShouldBe(expected.FuellingNote);
        expected.RacePaceMinutes.ShouldNotBeNull();
        expected.FuellingNote.ShouldNotBeNull();
        var raceBack = stored[race.Id].ToDomain();
        raceBack.RunType.ShouldBe(RunType.Race);
        raceBack.Run!.RacePace.ShouldBe(RaceSessions.RaceWeek.Sessions.Single(s => s.RunType == RunType.Race).Run!.RacePace);
        raceBack.Run.FuellingNote.ShouldNotBeNullOrEmpty();
    }
}
