namespace HybridTrainer.Data.Seeding;

/// <summary>
/// How the demo athletes live their plans: every probability and spread of the seeded history, in one place. The
/// figures are [PRODUCT] choices that look like a committed recreational athlete, not research results.
/// </summary>
internal static class DemoLife
{
    /// <summary>Weeks lived before today's week: two 4-week blocks, so the current block is the third.</summary>
    public const int HistoryWeeks = 8;

    /// <summary>Weeks in every demo block: one 5/3/1 wave each, ending on its deload week (R22 steps the maxes).</summary>
    public const int BlockWeeks = 4;

    // About one session in twelve: a committed amateur still loses one every week or two to work, travel or a cold.
    public const double SkipChance = 0.08;

    // A bad sleeper skips more, and feels it: twice the usual chance this week.
    public const double SkipChanceWhenTired = 0.16;

    // Sessions run a little over or under the plan: ±10 % (one standard deviation) covers chatting, queues, a shortcut.
    public const double MinutesSpread = 0.10;

    // Felt effort lands within one point of the planned RPE most days; a tired week adds one point.
    public const int RpeSpread = 1;

    // Distance follows the minutes with a further ±4 % for the pace of the day (wind, hills, legs).
    public const double PaceSpread = 0.04;

    // Without a 5 km time the plan has no pace: 6:30 per km, an easy jog for a beginner, turns minutes into distance.
    public const int UnknownEasySecondsPerKm = 390;

    // Progressing lifts: true strength grows 0.6 % a week, a realistic rate for an intermediate in a hypertrophy phase.
    public const double WeeklyStrengthGain = 0.006;

    // Athletes stop an AMRAP about one rep before failure, as 5/3/1 asks ("leave one in the tank").
    public const int AmrapRepsInReserve = 1;

    // No one grinds out more than 15 reps on a 5/3/1 top set; beyond that it is conditioning, not strength.
    public const int AmrapRepCap = 15;

    // The stalled lift misses its minimum by this much in the last cycle: one grinder that did not go up.
    public const int StalledAmrapShortfall = 1;

    // Accessories: the last set comes up a rep or two short now and then, and a load goes up a step some days.
    public const double AccessoryShortChance = 0.15;
    public const double AccessoryHeavierChance = 0.10;
    public const decimal LoadStepKg = 2.5m;

    // Sleep: 7.3 h with ±0.5 h spread, never under 6 h for a good sleeper (R27's cut-off is 6 h).
    public const double UsualSleepHours = 7.3;
    public const double SleepSpreadHours = 0.5;
    public const double GoodSleeperFloorHours = 6.2;

    // The bad sleeper's last nights: 4.8–5.6 h, under R27's 6 h, so the readiness flag fires.
    public const double ShortNightLowHours = 4.8;
    public const double ShortNightHighHours = 5.6;
    public const int ShortNights = 4;

    // Leg soreness after a hard-on-legs day: 3–5 of 10, well under R27's 7; otherwise 1–3.
    public const int SoreLegsLow = 3;
    public const int SoreLegsHigh = 5;

    // Resting heart rate wobbles ±2 bpm around the profile's; R27 needs +7 on two mornings, so it never fires by chance.
    public const int RestingHeartRateSpread = 2;

    // HRV (ln rMSSD): each athlete has a stable baseline of 3.7–4.3 and a weekly rhythm of ±0.10 (one standard
    // deviation) that sums to zero over any 7 days, plus ±0.01 noise. A 7-day mean then stays within 0.01 of the
    // baseline, while R27 needs it 0.5 SD (about 0.05) below the 28 days before: the low-HRV trigger never fires.
    public const double HrvBaselineLow = 3.7;
    public const double HrvBaselineHigh = 4.3;
    public const double HrvWeeklySpread = 0.10;
    public const int HrvNoiseHundredths = 1;

    // Half the athletes foam-roll after a hard leg day (R30 prompts it), few otherwise.
    public const double FoamRollAfterLegsChance = 0.5;
    public const double FoamRollOtherwiseChance = 0.1;

    // Muscle-goal athletes gain 0.1–0.3 kg a week (a lean bulk); the others hold their weight.
    public const double MuscleGainLowKgPerWeek = 0.1;
    public const double MuscleGainHighKgPerWeek = 0.3;

    // A morning scale reading moves ±0.3 kg with water and food, whatever the trend.
    public const double ScaleNoiseKg = 0.3;

    public static readonly string[] SkipReasons = ["Work ran late.", "Felt a cold coming on.", "Travelling.", "Family day.", "Too tired, rested instead."];

    /// <summary>
    /// The random stream of one athlete for one seeding date: the same date gives the same history, another date another.
    /// FNV-1a over the e-mail, not <see cref="string.GetHashCode()"/>, which changes with every process.
    /// </summary>
    public static Random RandomFor(string email, DateOnly today, string purpose)
    {
        var hash = 2166136261u;
        foreach (var c in $"{email}|{today.DayNumber}|{purpose}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return new Random((int)hash);
    }

    /// <summary>A normally distributed draw (Box–Muller) with the given spread.</summary>
    public static double Normal(Random random, double spread)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return spread * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double Between(Random random, double low, double high) => low + ((high - low) * random.NextDouble());
}
