using System.Security.Claims;
using HybridTrainer.Activities;
using HybridTrainer.Data;
using HybridTrainer.Data.Activities;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Activities;

/// <summary>How far an import has come: files read so far, out of those the upload holds (when known).</summary>
public sealed record ImportProgress(int FilesRead, int FilesTotal);

/// <summary>
/// Imports an upload (one activity file, a gzipped one, or a zip export) for an athlete: decodes every file, keeps each
/// activity once, and matches runs to the day's planned run. Each file is saved in its own transaction, so a broken file
/// costs only itself and nothing half-written stays. The athlete and their coach import; gym staff never do.
/// </summary>
internal sealed class ActivityImporter(IDbContextFactory<HybridTrainerDbContext> dbFactory, AthleteGate gate, TimeProvider clock, IStringLocalizer<ActivitiesText> text)
{
    /// <summary>What one request may carry, whatever its kind.</summary>
    public const long MaxUploadBytes = 50L * 1024 * 1024;

    public async Task<Outcome<ImportSummaryDto>> ImportAsync(
        ClaimsPrincipal user, Guid? athleteId, string fileName, byte[] content, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? "upload" : Path.GetFileName(fileName.Trim());
        if (content.Length == 0)
        {
            return Failure.Invalid("file", text["FileError", name, text["FileEmpty"]]);
        }

        if (content.LongLength > MaxUploadBytes)
        {
            return Failure.Invalid("file", text["FileError", name, text["TooLarge"]]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedAccess = await gate.CheckAsync(db, user, athleteId, AthleteOperation.LogTraining, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused;
        }

        var access = checkedAccess.Value!;
        var matcher = new ActivityMatcher(db, access, clock);
        var imported = new List<ActivityDto>();
        var skipped = new List<SkippedFileDto>();
        var unreadable = 0;
        var total = ActivityArchive.CountActivityFiles(name, content);
        var read = 0;
        foreach (var item in ActivityArchive.Open(name, content))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item is SkippedFile skip)
            {
                skipped.Add(new SkippedFileDto(ImportMessages.File(text, skip), ImportMessages.Reason(text, skip)));
                continue;
            }

            var file = (ActivityFile)item;
            switch (ActivityDecoder.Decode(file.Name, file.Content))
            {
                case DecodeFailure failure:
                    unreadable++;
                    skipped.Add(new SkippedFileDto(file.Name, ImportMessages.Reason(text, failure)));
                    break;
                case DecodeSuccess success:
                    await SaveFileAsync(db, matcher, access, file, success.Activities, imported, skipped, cancellationToken);
                    break;
            }

            progress?.Report(new ImportProgress(++read, Math.Max(total, read)));
        }

        // One file that cannot be read is a bad request, named where the file was given; nothing was stored.
        if (imported.Count == 0 && unreadable == 1 && skipped.Count == 1 && !ActivityArchive.IsZip(name, content))
        {
            return Failure.Invalid("file", text["FileError", skipped[0].File, skipped[0].Reason]);
        }

        return new ImportSummaryDto(imported, skipped);
    }

    private async Task SaveFileAsync(
        HybridTrainerDbContext db, ActivityMatcher matcher, AthleteAccess access, ActivityFile file, IReadOnlyList<DecodedActivity> decoded,
        List<ActivityDto> imported, List<SkippedFileDto> skipped, CancellationToken cancellationToken)
    {
        var candidates = decoded.Select((activity, index) => (Activity: activity, Fingerprint: ActivityFingerprint.Of(activity, file.Content, index))).ToList();
        var fingerprints = candidates.Select(c => c.Fingerprint).ToList();
        var known = await db.Activities.AsNoTracking()
            .Where(a => a.AthleteId == access.AthleteId && fingerprints.Contains(a.Fingerprint))
            .Select(a => a.Fingerprint)
            .ToListAsync(cancellationToken);
        var added = new List<ImportedActivity>();
        foreach (var (activity, fingerprint) in candidates)
        {
            if (known.Contains(fingerprint))
            {
                skipped.Add(new SkippedFileDto(file.Name, text["AlreadyImported"]));
                continue;
            }

            var entity = ToEntity(activity, fingerprint, file.Name, access);
            db.Activities.Add(entity);
            await matcher.MatchAsync(entity, cancellationToken);
            added.Add(entity);
        }

        if (added.Count == 0)
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            imported.AddRange(added.Select(ActivityDto.From));
        }
        catch (DbUpdateException)
        {
            // The same activity imported meanwhile (another tab, a coach): the unique fingerprint keeps one.
            skipped.Add(new SkippedFileDto(file.Name, text["AlreadyImported"]));
        }
        finally
        {
            // Each file stands alone: nothing tracked from one reaches the next one's save.
            db.ChangeTracker.Clear();
        }
    }

    private ImportedActivity ToEntity(DecodedActivity activity, string fingerprint, string fileName, AthleteAccess access) => new()
    {
        Id = Guid.CreateVersion7(clock.GetUtcNow()),
        AthleteId = access.AthleteId,
        Fingerprint = fingerprint,
        FileName = fileName.Length <= 260 ? fileName : fileName[^260..],
        Source = activity.Source,
        Sport = activity.Sport,
        StartTime = activity.StartTime?.ToUniversalTime(),
        LocalDate = activity.StartTime is { } start ? LocalDays.DateIn(start, access.TimeZone) : null,
        MovingSeconds = activity.MovingTime.TotalSeconds,
        ElapsedSeconds = activity.ElapsedTime.TotalSeconds,
        DistanceMeters = activity.DistanceMeters,
        AverageHeartRate = activity.AverageHeartRate,
        MaxHeartRate = activity.MaxHeartRate,
        Laps = [.. activity.Laps.Select(l => new ActivityLap
        {
            MovingSeconds = l.MovingTime.TotalSeconds, ElapsedSeconds = l.ElapsedTime.TotalSeconds, DistanceMeters = l.DistanceMeters, AverageHeartRate = l.AverageHeartRate,
        })],
        Samples = [.. activity.Samples.Select(p => new ActivityPoint { OffsetSeconds = p.Offset.TotalSeconds, DistanceMeters = p.DistanceMeters, HeartRate = p.HeartRate })],
        ImportedByUserId = access.UserId,
        ImportedAt = clock.GetUtcNow(),
    };
}
