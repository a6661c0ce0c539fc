namespace HybridTrainer.Domain.Rules;

/// <summary>
/// C3 Daniels/Gilbert VDOT (Oxygen Power, 1979): oxygen cost of a speed, the fraction of VO2max sustainable for a
/// duration, and paces at a fraction of VDOT. R pace is the predicted mile race pace.
/// </summary>
public static class Vdot
{
    public const double FiveKmMeters = 5000;

    public const double MileMeters = 1609.344;

    /// <summary>Race-time precision of the bisection, about 0.006 s: far below the whole seconds shown.</summary>
    private const double BisectionToleranceMinutes = 1e-4;

    /// <summary>VDOT from a race: oxygen cost of the race speed over the sustainable fraction for its duration.</summary>
    public static double FromRace(double meters, TimeSpan time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(time, TimeSpan.Zero);
        var minutes = time.TotalMinutes;
        return OxygenCost(meters / minutes) / FractionSustainable(minutes);
    }

    /// <summary>VO2 (ml/kg/min) to run at <paramref name="metersPerMinute"/>.</summary>
    public static double OxygenCost(double metersPerMinute) =>
        -4.60 + (0.182258 * metersPerMinute) + (0.000104 * metersPerMinute * metersPerMinute);

    /// <summary>Fraction of VO2max that can be held for <paramref name="minutes"/>.</summary>
    public static double FractionSustainable(double minutes) =>
        0.8 + (0.1894393 * Math.Exp(-0.012778 * minutes)) + (0.2989558 * Math.Exp(-0.1932605 * minutes));

    /// <summary>Speed (m/min) whose oxygen cost is <paramref name="vo2"/>: the inverse of <see cref="OxygenCost"/>.</summary>
    public static double SpeedFor(double vo2) =>
        (-0.182258 + Math.Sqrt((0.182258 * 0.182258) + (4 * 0.000104 * (4.60 + vo2)))) / (2 * 0.000104);

    /// <summary>Whole seconds per km at <paramref name="fraction"/> of VDOT.</summary>
    public static int SecondsPerKmAt(double vdot, double fraction) =>
        (int)Math.Round(60000.0 / SpeedFor(fraction * vdot), MidpointRounding.AwayFromZero);

    /// <summary>Race time over <paramref name="meters"/> for a VDOT, by bisection on the time.</summary>
    public static TimeSpan PredictRaceTime(double vdot, double meters)
    {
        double fast = 0.5, slow = 1500;
        while (slow - fast > BisectionToleranceMinutes)
        {
            var mid = (fast + slow) / 2;
            if (FromRace(meters, TimeSpan.FromMinutes(mid)) > vdot)
            {
                fast = mid;
            }
            else
            {
                slow = mid;
            }
        }

        return TimeSpan.FromMinutes((fast + slow) / 2);
    }

    /// <summary>R pace in whole seconds per km: the predicted mile race pace.</summary>
    public static int RepetitionSecondsPerKm(double vdot) =>
        (int)Math.Round(PredictRaceTime(vdot, MileMeters).TotalSeconds * 1000 / MileMeters, MidpointRounding.AwayFromZero);
}
