using HybridTrainer.Domain.Time;
using Microsoft.AspNetCore.Identity;

namespace HybridTrainer.Data.Identity;

/// <summary>A person who can sign in: athlete, coach, gym staff or gym admin.</summary>
public class AppUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The person's IANA time zone ("Europe/Paris"): their "today" and week boundaries are computed in it.</summary>
    public string TimeZone { get; set; } = TimeZones.Utc;

    public const int LanguageMaxLength = 16;

    /// <summary>The language the person chose ("en", "es"); null while they follow their browser's.</summary>
    public string? Language { get; set; }

    /// <summary>Their browser's language at their last sign-in: what e-mails are written in while they have chosen none.</summary>
    public string? BrowserLanguage { get; set; }
}
