using System.Collections.Concurrent;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// The signed-in circuits of this instance by user, so an ended right can reach a page that is open right now instead
/// of waiting for the circuit's next timed check.
/// </summary>
internal sealed class OpenCircuits
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<IdentityRevalidatingAuthenticationStateProvider, byte>> _byUser = new();

    public void Track(Guid userId, IdentityRevalidatingAuthenticationStateProvider circuit) =>
        _byUser.GetOrAdd(userId, _ => new()).TryAdd(circuit, 0);

    public void Forget(Guid userId, IdentityRevalidatingAuthenticationStateProvider circuit)
    {
        if (_byUser.TryGetValue(userId, out var circuits))
        {
            circuits.TryRemove(circuit, out _);
        }
    }

    public async Task RevalidateAsync(Guid userId)
    {
        if (_byUser.TryGetValue(userId, out var circuits))
        {
            await Task.WhenAll(circuits.Keys.Select(c => c.RevalidateNowAsync()));
        }
    }
}
