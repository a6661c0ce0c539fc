using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridTrainer.Data.Configurations;

internal sealed class NotificationSettingConfiguration : IEntityTypeConfiguration<NotificationSetting>
{
    public void Configure(EntityTypeBuilder<NotificationSetting> builder)
    {
        builder.HasKey(s => new { s.UserId, s.Kind });
        builder.ToTable(t => t.HasCheckConstraint("ck_notification_settings_send_hour", "send_hour BETWEEN 0 AND 23"));
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationSendConfiguration : IEntityTypeConfiguration<NotificationSend>
{
    public void Configure(EntityTypeBuilder<NotificationSend> builder)
    {
        // The key that decides who sends: a second insert for the same person, kind and day fails.
        builder.HasIndex(s => new { s.UserId, s.Kind, s.LocalDate }).IsUnique();
        builder.HasIndex(s => new { s.Status, s.RetryAfter });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
