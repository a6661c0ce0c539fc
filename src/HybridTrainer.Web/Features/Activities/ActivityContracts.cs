using HybridTrainer.Activities;
using HybridTrainer.Data.Activities;

namespace HybridTrainer.Web.Features.Activities;

/// <summary>
/// An imported activity. Source is "fit", "gpx" or "tcx"; StartTime is UTC, null when the device had no real clock;
/// DistanceMeters and the heart rates are null when the file does not say. Rpe is the session RPE given for an activity
/// without a planned session (a matched one counts through its session's log); send Version back to rate it.
/// </summary>
public sealed record ActivityDto(
    Guid Id,
    ActivitySport Sport,
    string Source,
    DateTimeOffset? StartTime,
    DateOnly? LocalDate,
    double MovingSeconds,
    double ElapsedSeconds,
    double? DistanceMeters,
    int? AverageHeartRate,
    int? MaxHeartRate,
    IReadOnlyList<ActivityLapDto> Laps,
    Guid? MatchedSessionId,
    int? Rpe,
    string FileName,
    uint Version)
{
    public static ActivityDto From(ImportedActivity a) => new(
        a.Id, a.Sport, a.Source.ToString().ToLowerInvariant(), a.StartTime, a.LocalDate, Math.Round(a.MovingSeconds, 2), Math.Round(a.ElapsedSeconds, 2),
        a.DistanceMeters is { } d ? Math.Round(d, 2) : null, a.AverageHeartRate, a.MaxHeartRate,
        [.. a.Laps.Select(l => new ActivityLapDto(Math.Round(l.MovingSeconds, 2), l.DistanceMeters is { } ld ? Math.Round(ld, 2) : null, l.AverageHeartRate, Math.Round(l.ElapsedSeconds, 2)))],
        a.MatchedSessionId, a.Rpe, a.FileName, a.Version);
}

/// <summary>A lap as the device split it; ElapsedSeconds includes pauses (a rest lap standing still).</summary>
public sealed record ActivityLapDto(double MovingSeconds, double? DistanceMeters, int? AverageHeartRate, double ElapsedSeconds);

/// <summary>A file that was not imported and why ("already imported", "not an activity file", or what is wrong with it).</summary>
public sealed record SkippedFileDto(string File, string Reason);

/// <summary>What one upload did: the activities it added and every file it left, with the reason.</summary>
public sealed record ImportSummaryDto(IReadOnlyList<ActivityDto> Imported, IReadOnlyList<SkippedFileDto> Skipped);

/// <summary>Session RPE (1–10) for an activity without a planned session; Version is the one read (or If-Match).</summary>
public sealed record ActivityRpeRequest(int? Rpe, uint? Version);
