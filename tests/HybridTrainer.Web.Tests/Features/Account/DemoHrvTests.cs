using HybridTrainer.Data.Seeding;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>Demo check-ins carry a steady HRV that R27's low-HRV trigger never reads as a drop.</summary>
public class DemoHrvTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_EveryCheckIn_HasAnHrvReading_AndNoDayOfAnyAthleteTripsTheLowHrvTrigger()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(Ct);
        }

        await using var db = App.CreateDbContext();
        var logs = await db.RecoveryLogs.AsNoTracking().OrderBy(r => r.Date).ToListAsync(Ct);
        logs.ShouldAllBe(r => r.HrvLnRmssd >= 3.5 && r.HrvLnRmssd <= 4.5);
        foreach (var athlete in logs.GroupBy(r => r.AthleteId))
        {
            var entries = athlete.Select(r => new RecoveryEntry(r.Date, (double)r.SleepHours, r.SorenessLegs, r.SorenessUpper, null, r.RestingHeartRate, r.HrvLnRmssd)).ToList();
            entries.Select(e => e.HrvLnRmssd).Distinct().Count().ShouldBeGreaterThan(5, "day-to-day noise, not a flat line");
            // The rule has a full baseline from the 35th morning on; every later morning stays clear of it.
            entries.Skip(R27ReadinessDowngrade.HrvWindowDays + R27ReadinessDowngrade.HrvBaselineDays - 1)
                .ShouldAllBe(e => !R27ReadinessDowngrade.HrvIsLow(e.Date, entries));
        }
    }
}
