using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Builders;

/// <summary>The worked check of section G and short-hands for race-block tests.</summary>
public static class Races
{
    /// <summary>A Monday; the worked check's race is the Sunday of week 16.</summary>
    public static readonly DateOnly Start = new(2027, 1, 4);

    public static readonly DateOnly WorkedCheckRaceDate = Start.AddDays((15 * 7) + 6);

    /// <summary>D = 5, base_weeks 40, 5 km 22:30 (VDOT 43.4).</summary>
    public static readonly AthleteProfile WorkedCheckProfile = new ProfileBuilder()
        .WithBaseWeeks(40)
        .WithFiveKm(new TimeSpan(0, 22, 30))
        .WithDays(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Saturday)
        .Build();

    public static BlockRequest WorkedCheck(TimeSpan? goal = null) =>
        BlockRequest.ForRace(WorkedCheckProfile, Start, new RaceGoal(RaceDistance.Marathon, WorkedCheckRaceDate, goal));

    public static TrainingBlock Generate(RaceDistance distance, int weeks, AthleteProfile? profile = null, TimeSpan? goal = null) =>
        BlockGenerator.Generate(BlockRequest.ForRace(profile ?? WorkedCheckProfile, Start, new RaceGoal(distance, Start.AddDays(((weeks - 1) * 7) + 6), goal)));

    public static int MinutesBesideRace(this TrainingWeek week) =>
        week.Sessions.Where(s => s.Kind == SessionKind.Run && s.RunType != RunType.Race).Sum(s => s.DurationMinutes);

    public static TrainingBlock WithPhase(this TrainingBlock plan, int programWeek, TrainingPhase? phase) =>
        plan with { Weeks = [.. plan.Weeks.Select(w => w.ProgramWeek == programWeek ? w with { Phase = phase } : w)] };
}
