using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>
/// The weekly block generator: profile + start date + weeks + optional history → a block of weeks and sessions
/// that follows rules R1–R30 (see the Rules folder), with 1–3 "why" lines per session and warnings that say what
/// the athlete can do. Pure and deterministic: the same request always gives the same block.
/// </summary>
public static class BlockGenerator
{
    /// <summary>Generates a block. Input ranges are the caller's job; only impossible input throws.</summary>
    /// <exception cref="ArgumentNullException">The request or its profile, lifts, days or shoes are null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Weeks outside 1–16 or body weight ≤ 0.</exception>
    /// <exception cref="ArgumentException">Fewer than 3 or more than 7 distinct available days, or a race block <see cref="RefusalFor"/> refuses.</exception>
    public static TrainingBlock Generate(BlockRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Profile);
        ArgumentNullException.ThrowIfNull(request.Profile.Lifts);
        ArgumentNullException.ThrowIfNull(request.Profile.AvailableDays);
        ArgumentNullException.ThrowIfNull(request.Profile.Shoes);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Weeks, BlockRequest.MinWeeks);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Weeks, request.Race is null ? BlockRequest.MaxWeeks : Rules.R31RaceBlockLength.MaxWeeks);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Profile.BodyWeightKg);
        var days = System.Numerics.BitOperations.PopCount((uint)PlanView.DayMask(request.Profile.AvailableDays));
        if (days is < Rules.R02SessionAllocation.MinimumDays or > Rules.R02SessionAllocation.MaximumDays)
        {
            throw new ArgumentException($"Between 3 and 7 distinct available days are needed, got {days}.", nameof(request));
        }

        if (request.Race is { } race)
        {
            if (RefusalFor(request) is { } refusal)
            {
                throw new ArgumentException($"The race block is refused: {refusal}.", nameof(request));
            }

            if (request.Weeks != Rules.R31RaceBlockLength.WeeksUntil(request.StartDate, race.RaceDate))
            {
                throw new ArgumentException("A race block ends with the race week: build the request with BlockRequest.ForRace.", nameof(request));
            }
        }

        return new BlockBuilder(request).Build();
    }

    /// <summary>
    /// Why a race block cannot be planned (R31 span and runs a week, R39 no 5 km time), as a reason the web words for the
    /// athlete; null when it can, and always null for an open block. <see cref="Generate"/> throws naming the same reason.
    /// </summary>
    public static Reason? RefusalFor(BlockRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Race is { } race ? Rules.R31RaceBlockLength.Refusal(request.Profile, request.StartDate, race) : null;
    }
}
