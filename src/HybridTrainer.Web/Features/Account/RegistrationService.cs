using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Features.Account;

/// <summary>Creates an account with its role; an athlete also gets an empty profile that onboarding fills in.</summary>
internal sealed class RegistrationService(
    UserManager<AppUser> users,
    IDbContextFactory<HybridTrainerDbContext> dbFactory,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<AccountText> text)
{
    public async Task<RegistrationResult> RegisterAsync(RegisterInput input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var zone = string.IsNullOrEmpty(input.TimeZone) ? TimeZones.Utc : input.TimeZone;
        var user = new AppUser
        {
            TimeZone = zone,
            Id = Guid.CreateVersion7(now),
            UserName = input.Email.Trim(),
            Email = input.Email.Trim(),
            DisplayName = input.DisplayName.Trim(),
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return new RegistrationResult(
                null,
                [.. created.Errors.Where(e => !FieldMessages.IsAboutNewPassword(e)).Select(Describe).Distinct()],
                [.. created.Errors.Where(FieldMessages.IsAboutNewPassword).Select(e => e.Description).Distinct()]);
        }

        await users.AddToRoleAsync(user, input.Role);
        audit.RoleChanged(user.Id, "gained", input.Role, null);
        if (input.Role == AppRoles.Athlete)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.Athletes.Add(new Athlete
            {
                Id = Guid.CreateVersion7(now),
                UserId = user.Id,
                DisplayName = user.DisplayName,
                TimeZone = zone,
                CreatedAt = now,
                UpdatedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return new RegistrationResult(user, [], []);
    }

    // Identity's duplicate messages name the user name; ours is the e-mail, so say it plainly.
    private string Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)
            => text["EmailTaken"].Value,
        _ => error.Description,
    };
}

/// <summary>The new account, or why not: general errors for the banner, errors about the password for its field.</summary>
internal sealed record RegistrationResult(AppUser? User, IReadOnlyList<string> Errors, IReadOnlyList<string> PasswordErrors);
