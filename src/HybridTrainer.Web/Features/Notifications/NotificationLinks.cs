using HybridTrainer.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Features.Notifications;

/// <summary>
/// Links in mails sent with no request to answer: from <see cref="EmailOptions.LinkBaseUrl"/>, which a real deployment
/// sets; without it, the first address the server listens on (right for a single machine or the demo).
/// </summary>
internal sealed class NotificationLinks(IOptions<EmailOptions> options, IServer server, UnsubscribeTokens tokens)
{
    public NotificationLinksFor For(Guid userId, Data.Notifications.NotificationKind kind)
    {
        var root = Root();
        return new NotificationLinksFor(root, $"{root}/unsubscribe/{tokens.For(userId, kind)}");
    }

    private string Root()
    {
        if (options.Value.LinkBaseUrl is { } configured)
        {
            return configured.ToString().TrimEnd('/');
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        return listening.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .TrimEnd('/');
    }
}
