using HybridTrainer.Data;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// What happens the moment an account's security stamp changes (a password changed or reset, a role gained or lost):
/// its sign-in sessions end, its bearer sign-ins are forgotten so the next request re-reads its roles, and its open
/// circuits on this instance check again at once. Without this a copied cookie worked until the next minute's check
/// and a token kept a lost role for the sign-in cache's lifetime. Other instances hear of it through <see cref="AccessEndedNotices"/>
/// within a second, and learn it within <see cref="AccessChecks.Interval"/> from the ended session rows if that fails.
/// </summary>
internal sealed class AccessEndings(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, SignInSessions sessions, AccessTokenSignIns signIns, OpenCircuits circuits, AccessEndedNotices notices)
{
    public async Task StampChangedAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        // A refreshed sign-in of the person who made the change (their own password change) starts a new session.
        await sessions.EndAllExceptAsync(userId, keep: null, cancellationToken);
        await EndHereAsync(userId, cancellationToken);
        await notices.PublishAsync(userId, cancellationToken);
    }

    /// <summary>
    /// Another instance changed the stamp and ended the session rows: this instance forgets what it remembered of them
    /// (open sessions, bearer sign-ins) and checks its open circuits of the user now.
    /// </summary>
    public async Task EndedElsewhereAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await sessions.ForgetAllOfAsync(userId, cancellationToken);
        await EndHereAsync(userId, cancellationToken);
    }

    private async Task EndHereAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hashes = await db.PersonalAccessTokens.Where(t => t.UserId == userId).Select(t => t.TokenHash).ToListAsync(cancellationToken);
        hashes.ForEach(signIns.Forget);

        await circuits.RevalidateAsync(userId);
    }
}
