using System.Security.Claims;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>The signed-in user's id, from the name-identifier claim every sign-in (cookie, token, feed) carries.</summary>
public static class UserIds
{
    public static bool TryGet(ClaimsPrincipal user, out Guid userId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out userId);
    }
}
