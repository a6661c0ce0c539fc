using HybridTrainer.Data;
using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Identity's EF store, which also notices a saved change of the security stamp: every UserManager path that changes it
/// (password change or reset, <see cref="UserManager{TUser}.UpdateSecurityStampAsync"/> after a role change) ends in
/// <see cref="UpdateAsync"/>, and then <see cref="AccessEndings"/> ends the account's access at once.
/// </summary>
internal sealed class AppUserStore(HybridTrainerDbContext context, AccessEndings endings, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, IdentityRole<Guid>, HybridTrainerDbContext, Guid>(context, describer)
{
    private readonly HashSet<Guid> _stampChanged = [];

    public override Task SetSecurityStampAsync(AppUser user, string stamp, CancellationToken cancellationToken = default)
    {
        if (user.SecurityStamp is not null && user.SecurityStamp != stamp)
        {
            _stampChanged.Add(user.Id);
        }

        return base.SetSecurityStampAsync(user, stamp, cancellationToken);
    }

    public override async Task<IdentityResult> CreateAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        _stampChanged.Remove(user.Id);
        return await base.CreateAsync(user, cancellationToken);
    }

    public override async Task<IdentityResult> UpdateAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        var result = await base.UpdateAsync(user, cancellationToken);
        if (result.Succeeded && _stampChanged.Remove(user.Id))
        {
            await endings.StampChangedAsync(user.Id, cancellationToken);
        }

        return result;
    }
}
