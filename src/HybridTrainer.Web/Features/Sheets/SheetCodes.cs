namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// The short code printed under a session's QR code. Version 7 ids made in one save share their time prefix, so
/// the code is the id's last 8 hex digits (random bits); it is looked up only among the signed-in athlete's sessions.
/// </summary>
public static class SheetCodes
{
    public const int Length = 8;

    public static string For(Guid sessionId) => sessionId.ToString("N")[^Length..];

    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.All(char.IsAsciiHexDigit);
}
