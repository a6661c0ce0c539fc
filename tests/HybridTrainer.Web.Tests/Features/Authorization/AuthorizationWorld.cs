using HybridTrainer.Activities;
using HybridTrainer.Data.Activities;
using HybridTrainer.Data.Access;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Invitations;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.Features.Authorization;

/// <summary>Who asks, in the authorization matrix.</summary>
public enum Caller
{
    Anonymous,
    Athlete,
    OtherAthlete,
    Coach,
    OtherCoach,
    GymStaff,
    GymAdmin,
    OtherGymAdmin,
}

/// <summary>
/// The people of the matrix: athlete X in gym G, coached by the coach, with G's staff and admin; another self-coached
/// athlete; another coach without X; the admin of another gym. Ids in routes always point at X's things.
/// </summary>
public sealed class AuthorizationWorld
{
    private AuthorizationWorld(Dictionary<Caller, string> emails, Dictionary<string, string> values)
    {
        Emails = emails;
        RouteValues = values;
    }

    public IReadOnlyDictionary<Caller, string> Emails { get; }

    /// <summary>Values for route parameters, by parameter name.</summary>
    public IReadOnlyDictionary<string, string> RouteValues { get; }

    public static async Task<AuthorizationWorld> CreateAsync(AppFactory app)
    {
        var data = new TestData(app);
        var monday = LocalDays.MondayOf(TestClock.Today);
        var (_, athlete, athleteEmail) = await data.AthleteWithBlockAsync(monday, weeks: 2);
        var (_, _, otherAthleteEmail) = await data.AthleteWithBlockAsync(monday);
        var coach = await data.UserAsync(AppRoles.Coach);
        var otherCoach = await data.UserAsync(AppRoles.Coach);
        var staff = await data.UserAsync(AppRoles.GymStaff);
        var admin = await data.UserAsync(AppRoles.GymAdmin);
        var otherAdmin = await data.UserAsync(AppRoles.GymAdmin);
        var gym = await data.GymAsync("Riverside", (admin.Id, GymRole.Admin), (staff.Id, GymRole.Staff), (coach.Id, GymRole.Coach));
        await data.GymAsync("Elsewhere", (otherAdmin.Id, GymRole.Admin));
        await data.LinkCoachAsync(coach.Id, athlete.Id);

        await using var db = app.CreateDbContext();
        await db.Athletes.Where(a => a.Id == athlete.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.GymId, gym.Id));
        var session = await db.PlannedSessions.Where(s => s.AthleteId == athlete.Id).OrderBy(s => s.Date).FirstAsync();
        var token = InvitationToken.New();
        db.Invitations.Add(new Invitation
        {
            Id = Guid.NewGuid(),
            Kind = InvitationKind.Client,
            InvitedByUserId = coach.Id,
            InviteeLabel = "Someone",
            TokenHash = InvitationToken.Hash(token),
            CreatedAt = TestClock.Start,
            ExpiresAt = TestClock.Start.AddDays(7),
        });
        var feedToken = SecretTokens.New(SecretTokens.CalendarFeedPrefix);
        db.CalendarFeeds.Add(new CalendarFeed
        {
            Id = Guid.NewGuid(), AthleteId = athlete.Id, OwnerUserId = athlete.UserId!.Value, TokenHash = SecretTokens.Hash(feedToken), CreatedAt = TestClock.Start,
        });
        var activity = new ImportedActivity
        {
            Id = Guid.NewGuid(), AthleteId = athlete.Id, Fingerprint = "start:world", FileName = "ride.fit", Source = ActivitySource.Fit,
            Sport = ActivitySport.Cycling, StartTime = TestClock.Start, LocalDate = TestClock.Today, MovingSeconds = 3600, ElapsedSeconds = 3700,
            AverageHeartRate = 140, ImportedAt = TestClock.Start,
        };
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        var blockId = await db.TrainingBlocks.Where(b => b.AthleteId == athlete.Id).Select(b => b.Id).FirstAsync();

        return new AuthorizationWorld(
            new Dictionary<Caller, string>
            {
                [Caller.Athlete] = athleteEmail,
                [Caller.OtherAthlete] = otherAthleteEmail,
                [Caller.Coach] = coach.Email!,
                [Caller.OtherCoach] = otherCoach.Email!,
                [Caller.GymStaff] = staff.Email!,
                [Caller.GymAdmin] = admin.Email!,
                [Caller.OtherGymAdmin] = otherAdmin.Email!,
            },
            new Dictionary<string, string>
            {
                ["AthleteId"] = athlete.Id.ToString(),
                ["athleteId"] = athlete.Id.ToString(),
                ["Id"] = session.Id.ToString(),
                ["sessionId"] = session.Id.ToString(),
                ["blockId"] = blockId.ToString(),
                ["activityId"] = activity.Id.ToString(),
                ["day"] = monday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["token"] = feedToken,
                ["Code"] = SheetCodes.For(session.Id),
                ["Token"] = token,
            });
    }
}
