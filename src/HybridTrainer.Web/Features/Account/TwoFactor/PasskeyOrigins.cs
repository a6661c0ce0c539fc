using Microsoft.AspNetCore.Identity;

namespace HybridTrainer.Web.Features.Account.TwoFactor;

/// <summary>
/// Which origin a passkey's signed client data may name: this site's own (the scheme and host the request came to,
/// after the forwarded-headers step), never from a frame of another site.
/// </summary>
/// <remarks>
/// Identity's default compares it with the request's <c>Origin</c> header instead. The passkey's credential reaches the
/// server in a form post, and under this site's <c>Referrer-Policy: no-referrer</c> a browser sends such a post with
/// <c>Origin: null</c> (Fetch standard), so the default refused every passkey, added or used.
/// </remarks>
internal static class PasskeyOrigins
{
    public static void Configure(IdentityPasskeyOptions options) =>
        options.ValidateOrigin = context => ValueTask.FromResult(IsOwn(context));

    public static bool IsOwn(PasskeyOriginValidationContext context)
    {
        if (context.CrossOrigin || string.IsNullOrEmpty(context.Origin))
        {
            return false;
        }

        var request = context.HttpContext.Request;
        return Uri.TryCreate(context.Origin, UriKind.Absolute, out var origin)
            && origin.AbsolutePath == "/" && string.IsNullOrEmpty(origin.Query)
            && Uri.TryCreate($"{request.Scheme}://{request.Host.ToUriComponent()}", UriKind.Absolute, out var own)
            && string.Equals(origin.GetLeftPart(UriPartial.Authority), own.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
    }
}
