using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.Tests.Features.Sheets;

/// <summary>Gyms with staff and members who have a planned week, for the sheet tests.</summary>
public sealed class SheetTestData(AppFactory app)
{
    public TestData Data { get; } = new(app);

    /// <summary>A gym, its staff member's e-mail, and members (with a block from <paramref name="monday"/>) in name order.</summary>
    public async Task<(Gym Gym, string StaffEmail, Guid StaffId, List<Athlete> Members)> GymWithMembersAsync(
        DateOnly monday, int members, decimal platePairKg = 2.5m, params string[] names)
    {
        var staff = await Data.UserAsync(AppRoles.GymStaff);
        var gym = await Data.GymAsync("Riverside Strength & Run", (staff.Id, GymRole.Staff));
        var list = new List<Athlete>();
        for (var i = 0; i < members; i++)
        {
            list.Add(await MemberWithBlockAsync(monday, gym.Id, i < names.Length ? names[i] : $"Member {i + 1:000}"));
        }

        await using var db = app.CreateDbContext();
        await db.Gyms.Where(g => g.Id == gym.Id).ExecuteUpdateAsync(g => g.SetProperty(x => x.SmallestPlatePairKg, platePairKg));
        return (gym, staff.Email!, staff.Id, list);
    }

    /// <summary>An athlete with a login, a complete profile and a saved block, placed in the gym (or none) under a name.</summary>
    public async Task<Athlete> MemberWithBlockAsync(DateOnly monday, Guid? gymId, string name)
    {
        var (_, athlete, _) = await Data.AthleteWithBlockAsync(monday);
        await using var db = app.CreateDbContext();
        await db.Athletes.Where(a => a.Id == athlete.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.GymId, gymId).SetProperty(x => x.DisplayName, name));
        athlete.GymId = gymId;
        athlete.DisplayName = name;
        return athlete;
    }

    /// <summary>Copies a template athlete's sessions to <paramref name="count"/> new managed members: many sheets, fast.</summary>
    public async Task CloneMembersAsync(Athlete template, Guid gymId, int count)
    {
        await using var db = app.CreateDbContext();
        var sessions = await db.PlannedSessions.AsNoTracking().Where(s => s.AthleteId == template.Id).ToListAsync();
        for (var i = 0; i < count; i++)
        {
            var athlete = new Athlete
            {
                Id = Guid.NewGuid(), GymId = gymId, DisplayName = $"Clone {i:000}", BodyWeightKg = 70m + (i % 30),
                Units = i % 2 == 0 ? UnitSystem.Metric : UnitSystem.Imperial, CreatedAt = TestClock.Start, UpdatedAt = TestClock.Start,
            };
            db.Athletes.Add(athlete);
            db.PlannedSessions.AddRange(sessions.Select(s => Copy(s, athlete.Id)));
        }

        await db.SaveChangesAsync();
    }

    public async Task NoteAsync(Guid sessionId, string note)
    {
        await using var db = app.CreateDbContext();
        await db.PlannedSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.CoachNote, note));
    }

    private static PlannedSession Copy(PlannedSession s, Guid athleteId) => new()
    {
        Id = Guid.CreateVersion7(), AthleteId = athleteId, BlockId = s.BlockId, Date = s.Date, ProgramWeek = s.ProgramWeek, WaveWeek = s.WaveWeek,
        Kind = s.Kind, RunType = s.RunType, LiftFocus = s.LiftFocus, HardOnLegs = s.HardOnLegs, DurationMinutes = s.DurationMinutes,
        PlannedRpe = s.PlannedRpe, LoadAu = s.LoadAu, IsDeload = s.IsDeload, Prescription = s.Prescription, UpdatedAt = s.UpdatedAt,
    };
}
