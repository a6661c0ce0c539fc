using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>Request to engine input (after validation), and engine output to the public contract.</summary>
internal static partial class PlanPreviewMapper
{
    /// <summary>
    /// The preview has no training goal or shoes in its contract: a balanced block with no shoe rotation; with a race,
    /// a race block from the start date to the race week (R31).
    /// </summary>
    public static BlockRequest ToBlockRequest(PlanPreviewRequest request)
    {
        var lifts = request.Lifts!;
        var profile = new AthleteProfile(
            request.BodyWeightKg!.Value,
            request.BirthYear,
            request.RestingHeartRate,
            request.RunningBaseWeeks!.Value,
            FiveKmTime.TryParse(request.FiveKmTime, out var fiveKm) ? fiveKm : null,
            new LiftMaxes(Lift(lifts.Squat!), Lift(lifts.BenchPress!), Lift(lifts.Deadlift!), Lift(lifts.OverheadPress!)),
            request.AvailableDays!,
            Goal.Balanced,
            []);
        var history = request.History is { } h ? new TrainingHistory(h.WeeklyLoadsAu ?? [], h.WeeklyRunMinutes ?? [], []) : null;
        return request.Race is { } race
            ? BlockRequest.ForRace(profile, request.StartDate!.Value, Race(race), history)
            : new BlockRequest(profile, request.StartDate!.Value, request.Weeks ?? PlanPreviewRequest.DefaultWeeks, history);
    }

    private static RaceGoal Race(PlanPreviewRace race)
    {
        if (!RaceGoalBounds.TryParseDistance(race.Distance, out var distance) || !RaceGoalBounds.TryParseDate(race.Date, out var date))
        {
            throw new ArgumentException("The race must be validated before it is mapped.", nameof(race));
        }

        return new RaceGoal(distance, date, RaceGoalBounds.TryParseTime(race.GoalTime, out var goal) ? goal : null);
    }

    private static LiftMax Lift(PlanPreviewLift lift) =>
        lift.OneRepMaxKg is { } tested ? LiftMax.Tested(tested) : LiftMax.RepTest(lift.WeightKg!.Value, lift.Reps!.Value);
}
