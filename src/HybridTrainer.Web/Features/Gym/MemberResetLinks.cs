using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Account;
using HybridTrainer.Web.Infrastructure.Audit;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Features.Gym;

/// <summary>
/// A password reset link a gym admin hands to a member who has no mailbox to receive one (or when the server sends no
/// e-mail). Only for the members <see cref="AthleteOnlyMember"/> allows.
/// </summary>
internal sealed class MemberResetLinks(
    IServiceScopeFactory scopes, IOptions<DataProtectionTokenProviderOptions> tokenOptions, AuditLog audit, IStringLocalizer<GymText> text)
{
    public TimeSpan LinkLifetime => tokenOptions.Value.TokenLifespan;

    public async Task<Outcome<string>> CreateAsync(ClaimsPrincipal admin, Guid gymId, Guid userId, string requestRoot, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(admin, out var adminId))
        {
            return Failure.Forbidden(text["LogInAgain"]);
        }

        // Its own scope, never a circuit's long-lived context.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HybridTrainerDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var found = await AthleteOnlyMember.FindAsync(db, users, text, adminId, gymId, userId, text["ResetLinkElsewhere"], cancellationToken);
        if (found.Value is not { } member)
        {
            return found.Failure!;
        }

        var link = await scope.ServiceProvider.GetRequiredService<PasswordReset>().LinkAsync(member, requestRoot);
        audit.PasswordResetLinkCreated(member.Id, gymId, adminId);
        return link;
    }
}
