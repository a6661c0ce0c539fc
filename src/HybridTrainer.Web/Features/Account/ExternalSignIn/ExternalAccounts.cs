using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Infrastructure.Audit;
using HybridTrainer.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Features.Account.ExternalSignIn;

/// <summary>
/// The account behind a provider's sign-in. The first time, the login is linked to the account with the same address
/// (only when the provider verified it) or a new account is made (an athlete unless the groups say otherwise); every
/// time, the roles and gym places named in <see cref="ExternalSignInOptions.GroupMappings"/> follow the groups the
/// provider sent. All of it goes through <see cref="UserManager{TUser}"/> on the request's context, so a role change
/// also changes the security stamp and the account's other sessions re-read their roles (or end).
/// </summary>
internal sealed partial class ExternalAccounts(
    HybridTrainerDbContext db,
    UserManager<AppUser> users,
    IUserStore<AppUser> store,
    IOptions<ExternalSignInOptions> options,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ExternalAccounts> logger)
{
    public async Task<ExternalSignInResult> SignInAsync(ExternalIdentity identity, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByLoginAsync(identity.Provider, identity.Subject);
        var created = false;
        var linked = false;
        if (user is null)
        {
            if (string.IsNullOrWhiteSpace(identity.Email))
            {
                return ExternalSignInResult.Refused(ExternalSignInRefusal.NoEmail);
            }

            user = await users.FindByEmailAsync(identity.Email);
            if (user is not null)
            {
                // An unverified address proves nothing: linking on it would hand the account to whoever typed it in at the provider.
                if (!identity.EmailVerified)
                {
                    return ExternalSignInResult.Refused(ExternalSignInRefusal.EmailNotVerified);
                }

                user.EmailConfirmed = true;
                linked = true;
            }
            else
            {
                user = await CreateAsync(identity);
                if (user is null)
                {
                    return ExternalSignInResult.Refused(ExternalSignInRefusal.AccountNotSaved);
                }

                created = true;
            }

            var added = await users.AddLoginAsync(user, new UserLoginInfo(identity.Provider, identity.Subject, options.Value.ButtonName));
            if (!added.Succeeded)
            {
                return ExternalSignInResult.Refused(ExternalSignInRefusal.AccountNotSaved);
            }

            if (created)
            {
                audit.ExternalAccountCreated(user.Id, identity.Provider);
            }
            else
            {
                audit.ExternalLoginLinked(user.Id, identity.Provider);
            }
        }

        if (await users.IsLockedOutAsync(user))
        {
            return ExternalSignInResult.Refused(ExternalSignInRefusal.LockedOut);
        }

        await ApplyGroupsAsync(user, identity, created, cancellationToken);
        return new ExternalSignInResult(user, null, created, linked);
    }

    private async Task<AppUser?> CreateAsync(ExternalIdentity identity)
    {
        var now = clock.GetUtcNow();
        var email = identity.Email!;
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(now),
            UserName = email,
            Email = email,
            // A verified address needs no confirmation mail; an unverified one is confirmed here like any other.
            EmailConfirmed = identity.EmailVerified,
            DisplayName = DisplayNameOf(identity),
            TimeZone = TimeZones.IsKnown(identity.ZoneInfo) ? identity.ZoneInfo! : TimeZones.Utc,
            CreatedAt = now,
        };

        // No password: the account signs in through the provider (a password can be set later by a reset link).
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            AccountNotCreated(logger, identity.Provider, string.Join("; ", result.Errors.Select(e => e.Code)));
            return null;
        }

        return user;
    }

    /// <summary>The provider's name when it is plain text; otherwise the part of the address before the @.</summary>
    internal static string DisplayNameOf(ExternalIdentity identity)
    {
        var name = identity.Name?.Trim();
        if (string.IsNullOrEmpty(name) || !TextRules.IsPlain(name) || TextRules.HasHiddenFormatting(name))
        {
            name = identity.Email!.Split('@')[0];
        }

        return name.Length <= 100 ? name : name[..100];
    }

    /// <summary>
    /// The provider decides the gym places its mappings name: each is kept exactly while the person is in its group.
    /// Roles the groups give are added; a staff or admin role the mappings manage goes once no gym place backs it (as
    /// when a gym admin removes someone). Coach and athlete roles stay: clients and one's own training are not the gym's.
    /// </summary>
    private async Task ApplyGroupsAsync(AppUser user, ExternalIdentity identity, bool created, CancellationToken cancellationToken)
    {
        var mappings = options.Value.GroupMappings;
        var granted = mappings.Where(m => identity.Groups.Contains(m.Key, StringComparer.Ordinal)).Select(m => m.Value).ToList();
        var now = clock.GetUtcNow();
        var changed = false;

        var memberships = await db.GymMemberships.Where(m => m.UserId == user.Id).ToListAsync(cancellationToken);
        var managed = mappings.Values.Where(m => m.GymId is not null).Select(m => (Gym: m.GymId!.Value, Role: GymRoleOf(m.Role))).Distinct().ToList();
        var wanted = granted.Where(m => m.GymId is not null).Select(m => (Gym: m.GymId!.Value, Role: GymRoleOf(m.Role))).ToHashSet();
        var managedGymIds = managed.Select(m => m.Gym).Distinct().ToList();
        var gyms = await db.Gyms.Where(g => managedGymIds.Contains(g.Id)).Select(g => g.Id).ToListAsync(cancellationToken);
        foreach (var (gymId, gymRole) in managed)
        {
            var place = memberships.FirstOrDefault(m => m.GymId == gymId && m.Role == gymRole);
            if (wanted.Contains((gymId, gymRole)) && place is null)
            {
                if (!gyms.Contains(gymId))
                {
                    UnknownGym(logger, gymId, gymRole);
                    continue;
                }

                place = new GymMembership { Id = Guid.CreateVersion7(now), GymId = gymId, UserId = user.Id, Role = gymRole, JoinedAt = now };
                db.GymMemberships.Add(place);
                memberships.Add(place);
                audit.ExternalGymRoleChanged(user.Id, "became", gymRole, gymId, identity.Provider);
                changed = true;
            }
            else if (!wanted.Contains((gymId, gymRole)) && place is not null)
            {
                db.GymMemberships.Remove(place);
                memberships.Remove(place);
                audit.ExternalGymRoleChanged(user.Id, "is no longer", gymRole, gymId, identity.Provider);
                changed = true;
            }
        }

        var current = await users.GetRolesAsync(user);
        var wantedRoles = granted.Select(m => m.Role).ToHashSet(StringComparer.Ordinal);
        if (created && wantedRoles.Count == 0)
        {
            wantedRoles.Add(AppRoles.Athlete);
        }

        var roleStore = (IUserRoleStore<AppUser>)store;
        foreach (var role in wantedRoles.Where(r => !current.Contains(r)))
        {
            await roleStore.AddToRoleAsync(user, users.NormalizeName(role), cancellationToken);
            audit.RoleChanged(user.Id, "gained", role, null);
            changed = true;
        }

        var managedRoles = mappings.Values.Select(m => m.Role).ToHashSet(StringComparer.Ordinal);
        foreach (var role in current.Where(r => managedRoles.Contains(r) && !wantedRoles.Contains(r)))
        {
            var backed = role switch
            {
                AppRoles.GymStaff => memberships.Any(m => m.Role is GymRole.Staff or GymRole.Admin),
                AppRoles.GymAdmin => memberships.Any(m => m.Role == GymRole.Admin),
                _ => true,
            };
            if (!backed)
            {
                await roleStore.RemoveFromRoleAsync(user, users.NormalizeName(role), cancellationToken);
                audit.RoleChanged(user.Id, "lost", role, null);
                changed = true;
            }
        }

        if (wantedRoles.Contains(AppRoles.Athlete))
        {
            changed |= await EnsureAthleteProfileAsync(user, granted, gyms, now, cancellationToken);
        }

        if (changed)
        {
            // Saves the places, the roles and a new stamp in one go.
            var saved = await users.UpdateSecurityStampAsync(user);
            if (!saved.Succeeded)
            {
                throw new DbUpdateConcurrencyException("The account changed while its groups were applied.");
            }
        }
    }

    private async Task<bool> EnsureAthleteProfileAsync(AppUser user, IReadOnlyList<GroupMapping> granted, List<Guid> gyms, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Athletes.AnyAsync(a => a.UserId == user.Id, cancellationToken))
        {
            return false;
        }

        db.Athletes.Add(new Athlete
        {
            Id = Guid.CreateVersion7(now),
            UserId = user.Id,
            DisplayName = user.DisplayName,
            TimeZone = user.TimeZone,
            GymId = granted.FirstOrDefault(m => m.Role == AppRoles.Athlete && m.GymId is { } id && gyms.Contains(id))?.GymId,
            CreatedAt = now,
            UpdatedAt = now,
        });
        return true;
    }

    internal static GymRole GymRoleOf(string role) => role switch
    {
        AppRoles.GymAdmin => GymRole.Admin,
        AppRoles.GymStaff => GymRole.Staff,
        AppRoles.Coach => GymRole.Coach,
        _ => GymRole.Member,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "An account for a {Provider} sign-in could not be created: {Errors}")]
    private static partial void AccountNotCreated(ILogger logger, string provider, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GroupMappings name gym {GymId}, which does not exist; the {GymRole} place is skipped")]
    private static partial void UnknownGym(ILogger logger, Guid gymId, GymRole gymRole);
}
