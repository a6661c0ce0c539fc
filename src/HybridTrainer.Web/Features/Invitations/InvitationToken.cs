using System.Security.Cryptography;
using System.Text;

namespace HybridTrainer.Web.Features.Invitations;

/// <summary>
/// One-time invitation tokens: 256 random bits, URL-safe, with a prefix that tells what they are when pasted
/// somewhere by mistake. Only the SHA-256 is stored; looking a token up hashes it the same way.
/// </summary>
internal static class InvitationToken
{
    public const string Prefix = "hti_";

    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
