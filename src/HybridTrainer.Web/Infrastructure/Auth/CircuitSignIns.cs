using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>Tells a circuit's authentication state provider that it serves an open page, so ended access can reach it.</summary>
internal sealed class CircuitSignIns(AuthenticationStateProvider provider) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (provider is IdentityRevalidatingAuthenticationStateProvider identity)
        {
            await identity.CircuitOpenedAsync();
        }
    }
}
