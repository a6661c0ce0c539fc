using System.Security.Claims;
using System.Text.Encodings.Web;
using HybridTrainer.Data;
using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Signs in scripts that send <c>Authorization: Bearer htp_…</c>: the token's hash must match a personal access token
/// that is neither revoked nor expired, and the principal is built like a cookie sign-in's (same claims and roles), plus
/// the token's id and scope.
/// Failures answer 401 problem details with a <c>WWW-Authenticate: Bearer</c> header, never a redirect.
/// </summary>
internal sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<HybridTrainerDbContext> dbFactory,
    UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> principals,
    AccessTokenSignIns signIns,
    TimeProvider clock,
    IStringLocalizer<AuthText> text)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    /// <summary>Writing "last used" on every request would turn each read into a write; once a minute is enough to audit.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private const string BearerPrefix = "Bearer ";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var token = Request.Headers.Authorization.ToString()[BearerPrefix.Length..].Trim();
        if (!SecretTokens.LooksLike(token, SecretTokens.AccessTokenPrefix))
        {
            return AuthenticateResult.Fail("The access token is not valid.");
        }

        var hash = SecretTokens.Hash(token);
        if (signIns.TryGet(hash, out var recent))
        {
            return AuthenticateResult.Success(new AuthenticationTicket(recent, Scheme.Name));
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var found = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now))
            .Select(t => new { t.Id, t.UserId, t.LastUsedAt, t.ExpiresAt, t.Scope })
            .SingleOrDefaultAsync(Context.RequestAborted);
        var user = found is null ? null : await users.FindByIdAsync(found.UserId.ToString());
        if (found is null || user is null)
        {
            return AuthenticateResult.Fail("The access token is not valid, revoked or expired.");
        }

        if (found.LastUsedAt is not { } lastUsed || now - lastUsed >= LastUsedResolution)
        {
            var staleBefore = now - LastUsedResolution;
            await db.PersonalAccessTokens
                .Where(t => t.Id == found.Id && (t.LastUsedAt == null || t.LastUsedAt <= staleBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var principal = await principals.CreateAsync(user);
        // Which token and what it may do: ReadOnlyAccessTokens refuses writes to read-only ones.
        principal.Identities.First().AddClaims([
            new Claim(AccessTokenClaims.Scope, found.Scope.ToString()),
            new Claim(AccessTokenClaims.TokenId, found.Id.ToString()),
        ]);
        signIns.Remember(hash, principal, found.ExpiresAt);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failed = (await HandleAuthenticateOnceSafeAsync()).Failure is not null;
        Response.Headers.WWWAuthenticate = failed ? "Bearer error=\"invalid_token\"" : "Bearer";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, failed
            ? text["TokenNotValid"]
            : text["SignInOrSendToken"]);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, text["AccountMayNotUse"]);

    private async Task WriteProblemAsync(int status, string detail)
    {
        Response.StatusCode = status;
        var problems = Context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = { Status = status, Detail = detail } });
    }
}
