using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.AccessTokens;
using HybridTrainer.Web.Features.Invitations;
using HybridTrainer.Web.Features.Shoes;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Tests.Features.Forms;

/// <summary>
/// People whose every free-text field holds markup and script, saved through the same services the forms use: the
/// athlete's name, a shoe, a session log's notes, a coach's note, an invitation, an access token and the gym's name.
/// </summary>
public sealed record HostileTextWorld(string AthleteEmail, string CoachEmail, string AdminEmail, Guid AthleteId, Guid SessionId, DateOnly Week)
{
    /// <summary>Fits every name column (80 characters and up).</summary>
    public const string Name = "<script>alert(1)</script><img src=x onerror=alert(1)>\"><svg onload=alert(1)>";

    /// <summary>For notes and labels: also template syntax, a javascript: link and a spreadsheet formula.</summary>
    public const string Note = "=HYPERLINK(\"http://x\") " + Name + " {{7*7}} <a href=\"javascript:alert(1)\">x</a>";

    /// <summary>What must never reach a page as markup.</summary>
    public static readonly string[] RawMarkers = ["<script>alert", "<img src=x", "<svg onload", "href=\"javascript:", "onerror=alert(1)>", "onload=alert(1)>"];

    /// <summary>How the name reads in HTML source once encoded.</summary>
    public const string EncodedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";

    public static async Task<HostileTextWorld> CreateAsync(AppFactory app)
    {
        var data = new TestData(app);
        var week = LocalDays.MondayOf(TestClock.Today.AddDays(7));
        var (athleteUser, athlete, athleteEmail) = await data.AthleteWithBlockAsync(week);
        var coach = await data.UserAsync(AppRoles.Coach, name: Name);
        var admin = await data.UserAsync(AppRoles.GymAdmin, name: Name);
        await data.LinkCoachAsync(coach.Id, athlete.Id);
        var athleteUserId = Guid.Parse(athleteUser.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value);
        var gym = await data.GymAsync(Name, (admin.Id, GymRole.Admin), (coach.Id, GymRole.Coach), (athleteUserId, GymRole.Member));
        await using (var db = app.CreateDbContext())
        {
            await db.Athletes.Where(a => a.Id == athlete.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.DisplayName, Name).SetProperty(a => a.GymId, gym.Id));
            await db.Users.Where(u => u.Id == athleteUserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, Name));
        }

        var sessions = await data.SessionsOfAsync(athlete.Id);
        var run = sessions.First(s => s.Prescription.Run is not null);
        var coachUser = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.NameIdentifier, coach.Id.ToString()), new(System.Security.Claims.ClaimTypes.Role, AppRoles.Coach)], "test"));
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        (await services.GetRequiredService<ShoeService>().AddAsync(athleteUser, new AddShoeInput { Name = Name, Distance = 12m })).Succeeded.ShouldBeTrue();
        var journal = services.GetRequiredService<SessionJournal>();
        var log = SessionJournal.StartingInput((await journal.GetAsync(athleteUser, run.Id))!);
        (log.ActualDurationMinutes, log.Rpe, log.Notes) = (40, 5, Note);
        (await journal.SaveAsync(athleteUser, run.Id, log)).Succeeded.ShouldBeTrue();
        (await services.GetRequiredService<CoachNotes>().SaveAsync(coachUser, run.Id, new CoachNoteInput { Note = Note })).Succeeded.ShouldBeTrue();
        (await services.GetRequiredService<InvitationIssuer>().InviteClientAsync(coachUser, new InviteInput { Kind = Data.Coaching.InvitationKind.Client, Label = Note }))
            .Failure.ShouldBeNull();
        (await services.GetRequiredService<InvitationIssuer>().InviteToGymAsync(TestData.Principal(admin.Id), gym.Id, new InviteInput { Label = Note }))
            .Failure.ShouldBeNull();
        (await services.GetRequiredService<AccessTokenService>().CreateAsync(athleteUser, new CreateTokenInput { Name = Name, CurrentPassword = TestData.Password })).Failure.ShouldBeNull();
        return new HostileTextWorld(athleteEmail, coach.Email!, admin.Email!, athlete.Id, run.Id, week);
    }
}
