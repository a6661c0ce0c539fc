using HybridTrainer.Data.Access;
using HybridTrainer.Data.Activities;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Journal;
using HybridTrainer.Data.Notifications;
using HybridTrainer.Data.Planning;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Data;

/// <summary>The one database of HybridTrainer: accounts, athletes, plans, logs.</summary>
/// <remarks>
/// Add a migration with:
/// <c>dotnet ef migrations add &lt;Name&gt; --project src/HybridTrainer.Data --startup-project src/HybridTrainer.Web</c>.
/// Migrations are applied at start-up by <see cref="DatabaseMigrator"/>.
/// </remarks>
public class HybridTrainerDbContext(DbContextOptions<HybridTrainerDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Gym> Gyms => Set<Gym>();

    public DbSet<GymMembership> GymMemberships => Set<GymMembership>();

    public DbSet<Athlete> Athletes => Set<Athlete>();

    public DbSet<LiftMaxEntry> LiftMaxes => Set<LiftMaxEntry>();

    public DbSet<Shoe> Shoes => Set<Shoe>();

    public DbSet<CoachClient> CoachClients => Set<CoachClient>();

    public DbSet<TrainingBlock> TrainingBlocks => Set<TrainingBlock>();

    public DbSet<PlannedSession> PlannedSessions => Set<PlannedSession>();

    /// <summary>The plan checker's kept verdicts, one row a block (a read model for the coach's table).</summary>
    public DbSet<BlockVerdict> BlockVerdicts => Set<BlockVerdict>();

    public DbSet<SessionLog> SessionLogs => Set<SessionLog>();

    public DbSet<RecoveryLog> RecoveryLogs => Set<RecoveryLog>();

    public DbSet<ImportedActivity> Activities => Set<ImportedActivity>();

    public DbSet<Body.BodyMeasurement> BodyMeasurements => Set<Body.BodyMeasurement>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<NotificationSetting> NotificationSettings => Set<NotificationSetting>();

    public DbSet<NotificationSend> NotificationSends => Set<NotificationSend>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Identity's schema version 3 adds the passkeys table. Identity also reads the version from the app's Identity
    /// options when it builds the model (the app sets the same one), so a context made outside the app needs those
    /// options too; the migration tests give them.
    /// </summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version3;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HybridTrainerDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
