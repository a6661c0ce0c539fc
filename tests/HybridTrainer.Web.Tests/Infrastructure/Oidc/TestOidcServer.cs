using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace HybridTrainer.Web.Tests.Infrastructure.Oidc;

/// <summary>The person the test provider signs in, without asking: who they are and which groups they are in.</summary>
public sealed record TestOidcUser(string Subject, string Email, bool EmailVerified, string Name, IReadOnlyList<string> Groups);

/// <summary>
/// A real OpenID Connect provider on a free loopback port (OpenIddict's server in degraded mode: no store, one known
/// client checked by the handlers below). Discovery, keys, authorization (auto-approving <see cref="User"/>), token and
/// user-info endpoints; in-memory keys made at start, so nothing outside the test can trust what it signs.
/// </summary>
public sealed class TestOidcServer : IAsyncDisposable
{
    public const string ClientId = "hybridtrainer-tests";

    public const string ClientSecret = "test-only-client-secret";

    public const string GroupsClaim = "groups";

    private readonly WebApplication _app;

    private TestOidcServer(WebApplication app) => _app = app;

    /// <summary>The provider's issuer: its own address.</summary>
    public Uri Issuer { get; private set; } = default!;

    /// <summary>Who is signed in at the provider; the next authorization request approves this person.</summary>
    public TestOidcUser User { get; set; } = new("sub-default", "someone@example.test", true, "Someone", []);

    /// <summary>When set, id_tokens are issued for this client id instead of the one that asked (a wrong audience).</summary>
    public string? IdTokenAudience { get; set; }

    /// <summary>When set, the redirect back to the app carries a state the app never issued (as if altered on the way).</summary>
    public bool TamperState { get; set; }

    public static async Task<TestOidcServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        TestOidcServer? server = null;
        TestOidcServer Current() => server ?? throw new InvalidOperationException("The test provider has not started.");

        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetUserInfoEndpointUris("connect/userinfo");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.DisableAccessTokenEncryption();
            // No application store: the handlers below know the one client and check it themselves.
            options.EnableDegradedMode();
            options.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .DisableTransportSecurityRequirement();

            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                else if (!Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var redirect) || !redirect.IsLoopback)
                {
                    context.Reject(Errors.InvalidRequest, "The redirect_uri must be on loopback.");
                }
                else
                {
                    context.SetRedirectUri(redirect.AbsoluteUri);
                }

                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client or wrong secret.");
                }

                return default;
            }));
            // The id_token's audience, after OpenIddict set it to the client that asked and before it is signed.
            options.AddEventHandler<ProcessSignInContext>(handler => handler
                .UseInlineHandler(context =>
                {
                    if (Current().IdTokenAudience is { } audience && context.IdentityTokenPrincipal is { } principal)
                    {
                        principal.SetAudiences(audience);
                        principal.SetClaim(Claims.AuthorizedParty, audience);
                    }

                    return default;
                })
                .SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order + 1));
            options.AddEventHandler<HandleUserInfoRequestContext>(handler => handler
                .UseInlineHandler(context =>
                {
                    var principal = context.AccessTokenPrincipal!;
                    context.EmailVerified = principal.GetClaim(Claims.EmailVerified) is { } verified ? bool.Parse(verified) : null;
                    context.Claims[Claims.Name] = principal.GetClaim(Claims.Name);
                    context.Claims[GroupsClaim] = new OpenIddictParameter(JsonSerializer.SerializeToElement(principal.GetClaims(GroupsClaim).ToArray()));
                    return default;
                })
                .SetOrder(OpenIddictServerHandlers.UserInfo.AttachClaims.Descriptor.Order + 1));
        });

        var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (Current().TamperState && context.Response.Headers.Location.ToString() is { Length: > 0 } location && location.Contains("state=", StringComparison.Ordinal))
                {
                    context.Response.Headers.Location = location.Replace("state=", "state=forged", StringComparison.Ordinal);
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseRouting();
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            var user = Current().User;
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, user.Subject)
                .SetClaim(Claims.Email, user.Email)
                .SetClaim(Claims.EmailVerified, user.EmailVerified)
                .SetClaim(Claims.Name, user.Name)
                .SetClaims(GroupsClaim, [.. user.Groups]);
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });

        await app.StartAsync();
        server = new TestOidcServer(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Issuer = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>The settings that point the app at this provider (add GroupMappings and the rest per test).</summary>
    public Dictionary<string, string?> AppSettings(string displayName = "Gym Login") => new()
    {
        ["Authentication:OpenIdConnect:Authority"] = Issuer.AbsoluteUri,
        ["Authentication:OpenIdConnect:ClientId"] = ClientId,
        ["Authentication:OpenIdConnect:ClientSecret"] = ClientSecret,
        ["Authentication:OpenIdConnect:DisplayName"] = displayName,
        ["Authentication:OpenIdConnect:RolesClaim"] = GroupsClaim,
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
