using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Data.Body;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Progress;

/// <summary>Today's entry as the form shows it: what was logged today (to correct it) and in which units.</summary>
public sealed record BodyLogToday(DateOnly Today, BodyLogInput Input, bool LoggedToday);

/// <summary>
/// The body log: one weigh-in (and optional girths) per athlete and local day; logging again that day replaces the entry.
/// Body measurements are health data, so the same people who log a check-in log them (the athlete and their coach).
/// </summary>
internal sealed class BodyLog(IDbContextFactory<HybridTrainerDbContext> dbFactory, IValidator<BodyLogInput> validator, AthleteGate gate, TimeProvider clock)
{
    public async Task<Outcome<BodyLogToday>> TodayAsync(ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedAccess = await gate.CheckAsync(db, user, athleteId, AthleteOperation.LogRecovery, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused;
        }

        var access = checkedAccess.Value!;
        var today = clock.TodayIn(access.TimeZone);
        var entry = await db.BodyMeasurements.AsNoTracking().SingleOrDefaultAsync(m => m.AthleteId == access.AthleteId && m.Date == today, cancellationToken);
        var input = new BodyLogInput { Units = access.Units };
        if (entry is not null)
        {
            input.Weight = UnitConversion.BodyWeightForDisplay(entry.WeightKg, access.Units);
            (input.Chest, input.UpperArm, input.Waist, input.Thigh) = (FromCm(entry.ChestCm, input), FromCm(entry.UpperArmCm, input), FromCm(entry.WaistCm, input), FromCm(entry.ThighCm, input));
        }

        return new BodyLogToday(today, input, entry is not null);
    }

    public async Task<Outcome<BodyLogToday>> SaveAsync(ClaimsPrincipal user, Guid? athleteId, BodyLogInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedAccess = await gate.CheckAsync(db, user, athleteId, AthleteOperation.LogRecovery, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused;
        }

        // Numbers are read in the athlete's units, whoever types them.
        var access = checkedAccess.Value!;
        input.Units = access.Units;
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        var today = clock.TodayIn(access.TimeZone);
        for (var attempt = 0; ; attempt++)
        {
            var entry = await db.BodyMeasurements.SingleOrDefaultAsync(m => m.AthleteId == access.AthleteId && m.Date == today, cancellationToken);
            if (entry is null)
            {
                entry = new BodyMeasurement { Id = Guid.CreateVersion7(clock.GetUtcNow()), AthleteId = access.AthleteId, Date = today };
                db.BodyMeasurements.Add(entry);
            }

            entry.WeightKg = UnitConversion.BodyWeightForStorage(input.Weight!.Value, access.Units);
            (entry.ChestCm, entry.UpperArmCm, entry.WaistCm, entry.ThighCm) = (input.ToCm(input.Chest), input.ToCm(input.UpperArm), input.ToCm(input.Waist), input.ToCm(input.Thigh));
            (entry.LoggedByUserId, entry.LoggedAt) = (access.UserId, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new BodyLogToday(today, input, true);
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Two saves at once the same day (two tabs, athlete and coach): the later one replaces the earlier.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The latest logged weight on or before <paramref name="day"/>, for R25's protein target; null when none.</summary>
    public static Task<decimal?> LatestWeightAsync(HybridTrainerDbContext db, Guid athleteId, DateOnly day, CancellationToken cancellationToken) =>
        db.BodyMeasurements.Where(m => m.AthleteId == athleteId && m.Date <= day)
            .OrderByDescending(m => m.Date).Select(m => (decimal?)m.WeightKg).FirstOrDefaultAsync(cancellationToken);

    private static decimal? FromCm(decimal? cm, BodyLogInput input) =>
        cm is { } value ? Math.Round(input.Units == Data.Athletes.UnitSystem.Imperial ? value / BodyLogInput.CmPerInch : value, 1, MidpointRounding.AwayFromZero) : null;
}
