using System.Security.Claims;
using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Signs an open circuit out when a password changes, a role is gained or lost, or its session logs out: at once when
/// the change happens on this instance (<see cref="OpenCircuits"/>), at the next navigation otherwise, and at the
/// latest within <see cref="AccessChecks.Interval"/>. A page left open does not keep a right that has ended.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private static readonly AuthenticationState SignedOut = new(new ClaimsPrincipal(new ClaimsIdentity()));

    private readonly IServiceScopeFactory _scopeFactory;
    private readonly SignInSessions _sessions;
    private readonly OpenCircuits _circuits;
    private readonly NavigationManager _navigation;
    private readonly IOptions<IdentityOptions> _options;
    private Guid? _trackedUser;
    private bool _watchingNavigation;
    private bool _interactive;

    public IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        SignInSessions sessions,
        OpenCircuits circuits,
        NavigationManager navigation,
        IConfiguration configuration,
        IOptions<IdentityOptions> options)
        : base(loggerFactory)
    {
        _scopeFactory = scopeFactory;
        _sessions = sessions;
        _circuits = circuits;
        _navigation = navigation;
        _options = options;
        RevalidationInterval = configuration.GetValue("Authentication:CircuitRevalidationInterval", AccessChecks.Interval);
        AuthenticationStateChanged += Track;
    }

    /// <summary>
    /// Circuits wait in real time (the base class uses Task.Delay, not the app's TimeProvider), so browser tests shorten
    /// the wait with <c>Authentication:CircuitRevalidationInterval</c>; nothing else should.
    /// </summary>
    protected override TimeSpan RevalidationInterval { get; }

    /// <summary>Checks the circuit's sign-in now and signs the circuit out if it no longer holds.</summary>
    public async Task RevalidateNowAsync()
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.Identity?.IsAuthenticated == true && !await ValidateAuthenticationStateAsync(state, CancellationToken.None))
            {
                SetAuthenticationState(Task.FromResult(SignedOut));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
        {
            // The circuit is going away or never got its state; nothing is shown any more.
        }
    }

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // A logged-out (or signed-out-elsewhere) session ends its open pages too, not just its cookie.
        if (!await _sessions.IsOpenAsync(authenticationState.User, cancellationToken))
        {
            return false;
        }

        await using var scope = _scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await ValidateSecurityStampAsync(userManager, authenticationState.User);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            AuthenticationStateChanged -= Track;
            if (_watchingNavigation)
            {
                _navigation.LocationChanged -= RevalidateOnNavigation;
            }

            if (_trackedUser is { } user)
            {
                _circuits.Forget(user, this);
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Called by <see cref="CircuitSignIns"/> when this provider belongs to an interactive circuit: only circuits are
    /// tracked, never a static page's request (which must not be signed out mid-render by a change it made itself).
    /// </summary>
    public async Task CircuitOpenedAsync()
    {
        _interactive = true;
        await TrackAsync(GetAuthenticationStateAsync());
        try
        {
            _navigation.LocationChanged += RevalidateOnNavigation;
            _watchingNavigation = true;
        }
        catch (InvalidOperationException)
        {
            // A circuit whose navigation is not set up has no navigation to watch; the timed check still runs.
        }
    }

    private void RevalidateOnNavigation(object? sender, LocationChangedEventArgs e) => _ = RevalidateNowAsync();

    private void Track(Task<AuthenticationState> state)
    {
        if (_interactive)
        {
            _ = TrackAsync(state);
        }
    }

    private async Task TrackAsync(Task<AuthenticationState> stateTask)
    {
        var state = await stateTask;
        Guid? user = UserIds.TryGet(state.User, out var id) ? id : null;
        if (_trackedUser is { } previous && previous != user)
        {
            _circuits.Forget(previous, this);
        }

        _trackedUser = user;
        if (user is { } current)
        {
            _circuits.Track(current, this);
        }
    }

    private async Task<bool> ValidateSecurityStampAsync(UserManager<AppUser> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }

        if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }

        var principalStamp = principal.FindFirstValue(_options.Value.ClaimsIdentity.SecurityStampClaimType);
        var userStamp = await userManager.GetSecurityStampAsync(user);
        return principalStamp == userStamp;
    }
}
