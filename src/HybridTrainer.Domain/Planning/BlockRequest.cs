using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Input to <see cref="BlockGenerator.Generate"/>: who, from when, for how many weeks, and what came before.</summary>
/// <param name="Profile">The athlete.</param>
/// <param name="StartDate">First day of programme week 1; each week is the 7 days from here.</param>
/// <param name="Weeks">Number of weeks, 1–16 (a race block: up to 24, from <see cref="ForRace"/>).</param>
/// <param name="History">Optional recent training (R16, R17, R22); null means none.</param>
public sealed record BlockRequest(AthleteProfile Profile, DateOnly StartDate, int Weeks, TrainingHistory? History = null)
{
    public const int MinWeeks = 1;

    public const int MaxWeeks = 16;

    /// <summary>The race this block builds towards (R31); null for an open block, which plans exactly as before.</summary>
    public RaceGoal? Race { get; init; }

    /// <summary>A race block: from <paramref name="startDate"/> to the week holding the race date, inclusive (R31).</summary>
    public static BlockRequest ForRace(AthleteProfile profile, DateOnly startDate, RaceGoal race, TrainingHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(race);
        return new BlockRequest(profile, startDate, Rules.R31RaceBlockLength.WeeksUntil(startDate, race.RaceDate), history) { Race = race };
    }
}
