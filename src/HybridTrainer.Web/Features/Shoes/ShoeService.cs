using HybridTrainer.Web.Infrastructure.Validation;
using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Shoes;

/// <summary>
/// The signed-in athlete's running shoes: distance from logged runs, the plan's rotation, adding and retiring pairs.
/// Every method finds the athlete from the signed-in user, so another athlete's pair is answered "not found".
/// </summary>
internal sealed class ShoeService(IDbContextFactory<HybridTrainerDbContext> dbFactory, IValidator<AddShoeInput> validator, TimeProvider clock, IStringLocalizer<ShoesText> text)
{
    /// <summary>How many upcoming runs the rotation shows: about two weeks of running.</summary>
    public const int RotationRuns = 8;

    public async Task<ShoesView?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athlete = await OwnAthleteAsync(db, user, cancellationToken);
        if (athlete is null)
        {
            return null;
        }

        // A pair's logged distance is kept with every log (Shoe.LoggedKilometres), the same figure the coach and the engine read.
        var rows = await db.Shoes.AsNoTracking().Where(s => s.AthleteId == athlete.Id)
            .OrderBy(s => s.RetiredOn != null).ThenBy(s => s.CreatedAt).ThenBy(s => s.Name)
            .Select(s => new ShoeRow(s.Id, s.Name, s.Kind, s.Kilometres, s.LoggedKilometres, s.RetiredOn))
            .ToListAsync(cancellationToken);

        var today = clock.TodayIn(athlete.TimeZone);
        var runs = await db.PlannedSessions.AsNoTracking()
            .Where(s => s.AthleteId == athlete.Id && s.Kind == SessionKind.Run && s.Date >= today && !db.SessionLogs.Any(l => l.PlannedSessionId == s.Id))
            .OrderBy(s => s.Date).ThenBy(s => s.Id)
            .Take(RotationRuns)
            .Select(s => new { s.Id, s.Date, s.RunType, s.DurationMinutes, s.ShoeId })
            .ToListAsync(cancellationToken);
        var rotation = runs.Select(r => rows.FirstOrDefault(s => s.Id == r.ShoeId) is { } shoe
                ? new RotationRun(r.Id, r.Date, r.RunType, r.DurationMinutes, shoe.Id, shoe.Name, shoe.RetiredOn is not null)
                : new RotationRun(r.Id, r.Date, r.RunType, r.DurationMinutes, null, null, false))
            .ToList();
        return new ShoesView(athlete.Units, rows, rotation);
    }

    public async Task<Outcome<ShoeChanged>> AddAsync(ClaimsPrincipal user, AddShoeInput input, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athlete = await OwnAthleteAsync(db, user, cancellationToken);
        if (athlete is null)
        {
            return Failure.NotFound(text["NoProfile"]);
        }

        var now = clock.GetUtcNow();
        db.Shoes.Add(new Shoe
        {
            Id = Guid.CreateVersion7(now),
            AthleteId = athlete.Id,
            Name = input.Name.Trim(),
            Kind = input.Kind,
            Kilometres = UnitConversion.DistanceForStorage(input.Distance!.Value, input.Units),
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new ShoeChanged(input.Name.Trim());
    }

    /// <summary>A retired pair stays on file (logged runs point at it) but the next block no longer plans it.</summary>
    public async Task<Outcome<ShoeChanged>> RetireAsync(ClaimsPrincipal user, Guid shoeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athlete = await OwnAthleteAsync(db, user, cancellationToken);
        var shoe = athlete is null ? null : await db.Shoes.SingleOrDefaultAsync(s => s.Id == shoeId && s.AthleteId == athlete.Id, cancellationToken);
        if (shoe is null)
        {
            return Failure.NotFound(text["NoSuchPair"]);
        }

        shoe.RetiredOn ??= clock.TodayIn(athlete!.TimeZone);
        await db.SaveChangesAsync(cancellationToken);
        return new ShoeChanged(shoe.Name);
    }


    private static Task<OwnAthlete?> OwnAthleteAsync(HybridTrainerDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        UserIds.TryGet(user, out var userId)
            ? db.Athletes.Where(a => a.UserId == userId).Select(a => new OwnAthlete(a.Id, a.Units, a.TimeZone)).SingleOrDefaultAsync(cancellationToken)
            : Task.FromResult<OwnAthlete?>(null);

    private sealed record OwnAthlete(Guid Id, UnitSystem Units, string TimeZone);
}
