namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// How often a signed-in browser's rights are checked against the account (its security stamp): on requests carrying
/// the cookie and on open circuits alike. A minute bounds how long an ended right lives, at one small read a minute
/// per active user; ASP.NET Core's default of 30 minutes let a changed password or a lost role linger.
/// </summary>
internal static class AccessChecks
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
}
