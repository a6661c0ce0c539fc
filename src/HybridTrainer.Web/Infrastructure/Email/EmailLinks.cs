using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Infrastructure.Email;

/// <summary>Where links in e-mails start: <see cref="EmailOptions.LinkBaseUrl"/> when set, else the address the request came to.</summary>
internal sealed class EmailLinks(IOptions<EmailOptions> options)
{
    public static string RootOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The root without a trailing slash.</summary>
    public string Root(string requestRoot) => (options.Value.LinkBaseUrl?.ToString() ?? requestRoot).TrimEnd('/');
}
