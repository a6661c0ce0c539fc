using System.Data.Common;
using HybridTrainer.Data;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Tells every app instance that an account's access ended, through PostgreSQL <c>NOTIFY</c> on <see cref="Channel"/>:
/// the payload is the user id and the sending instance's id, so the sender skips its own notice (it has already acted).
/// <see cref="AccessEndedListener"/> receives them. A notice that cannot be sent is logged; the other instances then
/// still learn it from their <see cref="AccessChecks.Interval"/> check.
/// </summary>
internal sealed partial class AccessEndedNotices(IDbContextFactory<HybridTrainerDbContext> dbFactory, ILogger<AccessEndedNotices> logger)
{
    public const string Channel = "access_ended";

    /// <summary>This instance, for telling its own notices apart.</summary>
    public Guid InstanceId { get; } = Guid.NewGuid();

    public async Task PublishAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var payload = Payload(userId, InstanceId);
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", cancellationToken);
        }
        catch (DbException e)
        {
            LogNotSent(userId, e.Message);
        }
    }

    public static string Payload(Guid userId, Guid instanceId) => $"{userId:D} {instanceId:D}";

    /// <summary>The user of a notice from another instance; false for this instance's own or a malformed one.</summary>
    public bool TryReadFromElsewhere(string payload, out Guid userId)
    {
        var parts = payload.Split(' ');
        userId = Guid.Empty;
        return parts.Length == 2 && Guid.TryParse(parts[1], out var sender) && sender != InstanceId && Guid.TryParse(parts[0], out userId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell other instances that access of user {UserId} ended ({Reason}); they learn it within their periodic check")]
    private partial void LogNotSent(Guid userId, string reason);
}
