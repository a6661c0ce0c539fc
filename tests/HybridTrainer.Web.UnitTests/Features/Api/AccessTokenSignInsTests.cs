using System.Security.Claims;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.UnitTests.Features.Api;

public class AccessTokenSignInsTests
{
    private static readonly byte[] Hash = [1, 2, 3];
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryGet_WithinTheLifetime_GivesACopyOfTheRememberedPrincipal()
    {
        using var signIns = new AccessTokenSignIns(new ManualClock { Now = Start });
        var principal = Principal("ada");
        signIns.Remember(Hash, principal, expiresAt: null);

        signIns.TryGet(Hash, out var found).ShouldBeTrue();

        found.FindFirstValue(ClaimTypes.Name).ShouldBe("ada");
        found.ShouldNotBeSameAs(principal);
    }

    [Fact]
    public void TryGet_AfterTheLifetime_FindsNothing()
    {
        var clock = new ManualClock { Now = Start };
        using var signIns = new AccessTokenSignIns(clock);
        signIns.Remember(Hash, Principal("ada"), expiresAt: null);

        clock.Now = Start + AccessTokenSignIns.Lifetime;

        signIns.TryGet(Hash, out _).ShouldBeFalse();
    }

    [Fact]
    public void TryGet_AfterTheTokenExpiredWithinTheLifetime_FindsNothing()
    {
        var clock = new ManualClock { Now = Start };
        using var signIns = new AccessTokenSignIns(clock);
        signIns.Remember(Hash, Principal("ada"), expiresAt: Start.AddSeconds(5));

        clock.Now = Start.AddSeconds(5);

        signIns.TryGet(Hash, out _).ShouldBeFalse();
    }

    [Fact]
    public void TryGet_AfterForget_FindsNothing()
    {
        using var signIns = new AccessTokenSignIns(new ManualClock { Now = Start });
        signIns.Remember(Hash, Principal("ada"), expiresAt: null);

        signIns.Forget(Hash);

        signIns.TryGet(Hash, out _).ShouldBeFalse();
    }

    private static ClaimsPrincipal Principal(string name) => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "test"));

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
