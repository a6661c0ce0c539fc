using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Invitations;

/// <summary>One-time invitation tokens, made and hashed like every other secret link (see <see cref="SecretTokens"/>).</summary>
internal static class InvitationToken
{
    public const string Prefix = "hti_";

    public static string New() => SecretTokens.New(Prefix);

    public static byte[] Hash(string token) => SecretTokens.Hash(token);
}
