using HybridTrainer.Domain.Time;
using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridTrainer.Data.Configurations;

// Identity names its tables "AspNetUsers" and so on explicitly, which the snake_case convention leaves alone;
// renaming them here keeps every table in one style.
internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.TimeZone).HasMaxLength(TimeZones.MaxLength).HasDefaultValue(TimeZones.Utc);
        builder.Property(u => u.Language).HasMaxLength(AppUser.LanguageMaxLength);
        builder.Property(u => u.BrowserLanguage).HasMaxLength(AppUser.LanguageMaxLength);
    }
}

internal sealed class AppRoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    // Roles are reference data: the same ids in every database, so code and tests can rely on them.
    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> builder)
    {
        builder.ToTable("roles");
        builder.HasData(AppRoles.All.Select(r => new IdentityRole<Guid>
        {
            Id = r.Id,
            Name = r.Name,
            NormalizedName = r.Name.ToUpperInvariant(),
            ConcurrencyStamp = r.Id.ToString(),
        }));
    }
}

internal sealed class IdentityLinkTablesConfiguration :
    IEntityTypeConfiguration<IdentityUserRole<Guid>>,
    IEntityTypeConfiguration<IdentityUserClaim<Guid>>,
    IEntityTypeConfiguration<IdentityRoleClaim<Guid>>,
    IEntityTypeConfiguration<IdentityUserLogin<Guid>>,
    IEntityTypeConfiguration<IdentityUserToken<Guid>>,
    IEntityTypeConfiguration<IdentityUserPasskey<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> builder) => builder.ToTable("user_roles");

    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) => builder.ToTable("user_claims");

    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> builder) => builder.ToTable("role_claims");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder)
    {
        builder.ToTable("user_logins");

        // An OpenID Connect subject may be up to 255 characters (Core 1.0, section 2); Identity's default key length is 128.
        builder.Property(l => l.ProviderKey).HasMaxLength(IdentityUserLogins.MaxProviderKeyLength);
    }

    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) => builder.ToTable("user_tokens");

    public void Configure(EntityTypeBuilder<IdentityUserPasskey<Guid>> builder) => builder.ToTable("user_passkeys");
}

/// <summary>Limits of the external sign-in links, shared by the mapping and the code that checks a provider's answer.</summary>
public static class IdentityUserLogins
{
    public const int MaxProviderKeyLength = 255;
}
