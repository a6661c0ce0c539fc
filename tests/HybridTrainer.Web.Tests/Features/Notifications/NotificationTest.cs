using System.Diagnostics;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Notifications;
using HybridTrainer.Data.Planning;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Notifications;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Notifications;

/// <summary>Base for the notification tests: a clean database and inbox each test, people who want mail, and the clock.</summary>
[Collection(HostGroup.Name)]
public abstract class NotificationTest(NotificationMailFixture mail) : IClassFixture<NotificationMailFixture>, IAsyncLifetime
{
    protected NotificationMailFixture Mail { get; } = mail;

    protected AppFactory App => Mail.App;

    protected Smtp4devServer Smtp => Mail.Smtp;

    public virtual async ValueTask InitializeAsync() => await Mail.ResetAsync();

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>A coach in <paramref name="zone"/> with the digest on at 07:00 and one client whose shoes are worn out.</summary>
    protected static async Task<(AppUser Coach, Athlete Client)> CoachWithWornOutClientAsync(AppFactory app, string zone, string clientName = "Wren Walker")
    {
        var data = new TestData(app);
        var coach = await data.UserAsync(AppRoles.Coach);
        await ReceivesMailInAsync(app, coach.Id, zone);
        var client = await data.AthleteAsync(clientName);
        await data.LinkCoachAsync(coach.Id, client.Id);
        await using var db = app.CreateDbContext();
        db.Shoes.Add(new Shoe { Id = Guid.NewGuid(), AthleteId = client.Id, Name = "Old Pegasus", Kilometres = 912m, CreatedAt = app.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
        await SwitchOnAsync(app, coach.Id, NotificationKind.CoachDigest, 7);
        return (coach, client);
    }

    /// <summary>Confirms the person's address and puts them (and their athlete profile, if any) in the time zone.</summary>
    protected static async Task ReceivesMailInAsync(AppFactory app, Guid userId, string zone)
    {
        await using var db = app.CreateDbContext();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.EmailConfirmed, true).SetProperty(u => u.TimeZone, zone));
        await db.Athletes.Where(a => a.UserId == userId).ExecuteUpdateAsync(set => set.SetProperty(a => a.TimeZone, zone));
    }

    protected static async Task SwitchOnAsync(AppFactory app, Guid userId, NotificationKind kind, int hour)
    {
        await using var db = app.CreateDbContext();
        db.NotificationSettings.Add(new NotificationSetting { UserId = userId, Kind = kind, Enabled = true, SendHour = hour, UpdatedAt = app.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    /// <summary>A planned run on the day, with the plan's reason for it.</summary>
    protected static async Task<PlannedSession> RunOnAsync(AppFactory app, Guid athleteId, DateOnly day, string why)
    {
        await using var db = app.CreateDbContext();
        var session = new PlannedSession
        {
            Id = Guid.NewGuid(),
            AthleteId = athleteId,
            Date = day,
            Kind = SessionKind.Run,
            RunType = RunType.Steady,
            DurationMinutes = 45,
            PlannedRpe = 4,
            LoadAu = 180,
            Prescription = new SessionPrescription { Run = new RunDetails { DistanceKm = 8m, TargetRpe = 4 }, Why = [why] },
            UpdatedAt = app.Clock.GetUtcNow(),
        };
        db.PlannedSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>The next instant after the app's now when it is <paramref name="hour"/>:<paramref name="minute"/> in the zone.</summary>
    protected static DateTimeOffset NextLocal(AppFactory app, string zone, int hour, int minute = 0)
    {
        var tz = TimeZones.Find(zone);
        var now = app.Clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, tz).DateTime;
        var wanted = local.Date.AddHours(hour).AddMinutes(minute);
        if (wanted <= local)
        {
            wanted = wanted.AddDays(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wanted, DateTimeKind.Unspecified), tz));
    }

    /// <summary>Moves the app's clock to the instant, then waits until the minute-by-minute service has finished a pass there.</summary>
    protected static async Task AdvanceToAsync(AppFactory app, DateTimeOffset instant)
    {
        var now = app.Clock.GetUtcNow();
        if (instant > now)
        {
            app.Clock.Advance(instant - now);
        }

        await PassDoneAsync(app, instant);
    }

    protected static async Task PassDoneAsync(AppFactory app, DateTimeOffset atLeast)
    {
        var dispatcher = app.Services.GetRequiredService<NotificationDispatcher>();
        var waited = Stopwatch.StartNew();
        while (dispatcher.LastRunAt is not { } last || last < atLeast)
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), "the notification service did not run after the clock moved");
            await Task.Delay(50);
        }
    }

    protected async Task<List<ReceivedMail>> MailsToAsync(string address) =>
        [.. (await Smtp.MessagesAsync()).Where(m => m.To.Any(t => string.Equals(t, address, StringComparison.OrdinalIgnoreCase)))];

    protected static async Task<List<NotificationSend>> SendsOfAsync(AppFactory app, Guid userId)
    {
        await using var db = app.CreateDbContext();
        return await db.NotificationSends.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.LocalDate).ToListAsync();
    }
}
