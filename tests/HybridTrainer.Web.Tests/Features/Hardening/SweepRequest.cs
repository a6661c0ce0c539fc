using System.Net.Http.Headers;
using System.Text;
using HybridTrainer.Web.Tests.Features.Authorization;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>One hostile request of a sweep, drawn in advance so the sweep replays whatever order it is sent in.</summary>
public sealed record SweepRequest(string Endpoint, Caller Caller, HttpMethod Method, string PathAndQuery, string? Cookie, string What)
{
    public List<(string Name, string Value)> Headers { get; } = [];

    /// <summary>The body: JSON, a multipart upload, or form fields; none for reads.</summary>
    public string? Json { get; init; }

    public bool Upload { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>>? Form { get; init; }

    public bool MultipartForm { get; init; }

    public bool HostForged => Headers.Any(h => h.Name is "Host" or "X-Forwarded-Host");

    /// <summary>The message, or null when HttpClient cannot even build it (a URL or header value it refuses).</summary>
    public HttpRequestMessage? ToMessage(Uri baseAddress)
    {
        if (!Uri.TryCreate(baseAddress, PathAndQuery, out var uri) || uri.Authority != baseAddress.Authority)
        {
            return null;
        }

        var message = new HttpRequestMessage(Method, uri) { Content = Content() };
        if (Cookie is not null && !message.Headers.TryAddWithoutValidation("Cookie", Cookie))
        {
            return null;
        }

        foreach (var (name, value) in Headers)
        {
            if (name == "Content-Type")
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.Remove("Content-Type");
                if (!message.Content.Headers.TryAddWithoutValidation(name, value))
                {
                    return null;
                }
            }
            else if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                return null;
            }
        }

        return message;
    }

    private HttpContent? Content()
    {
        if (Upload)
        {
            return new MultipartFormDataContent { { new ByteArrayContent("not a FIT file at all"u8.ToArray()), "file", "broken.fit" } };
        }

        if (Form is not null)
        {
            if (!MultipartForm)
            {
                return new StringContent(string.Join('&', Form.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")),
                    Encoding.UTF8, new MediaTypeHeaderValue("application/x-www-form-urlencoded"));
            }

            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in Form)
            {
                multipart.Add(new StringContent(value), name);
            }

            return multipart;
        }

        return Json is null ? null : new StringContent(Json, Encoding.UTF8, "application/json");
    }

    public override string ToString() => $"{Method} {HostileRequestValues.Describe(PathAndQuery)} as {Caller} ({What})";
}
