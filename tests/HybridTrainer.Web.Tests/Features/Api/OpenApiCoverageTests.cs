using System.Text.Json;
using System.Text.RegularExpressions;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>Every mapped API endpoint (read from the app's own endpoint data source) is in /openapi/v1.json, described.</summary>
public partial class OpenApiCoverageTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task OpenApiDocument_DescribesEveryMappedApiEndpointWithSummaryAndErrors()
    {
        using var client = CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var paths = document.RootElement.GetProperty("paths");
        var mapped = App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/", StringComparison.Ordinal) || raw.StartsWith("/ical/", StringComparison.Ordinal)))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: OpenApiPath(e.RoutePattern.RawText!), Method: m.ToLowerInvariant())))
            .ToList();

        mapped.Count.ShouldBeGreaterThanOrEqualTo(17);
        foreach (var (path, method) in mapped)
        {
            paths.TryGetProperty(path, out var item).ShouldBeTrue($"{path} is not in the OpenAPI document");
            item.TryGetProperty(method, out var operation).ShouldBeTrue($"{method.ToUpperInvariant()} {path} is not in the OpenAPI document");
            operation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace($"{method} {path} has no summary");
            var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            responses.ShouldContain(r => r.StartsWith('2'), $"{method} {path} documents no success");
            responses.ShouldContain(r => r.StartsWith('4'), $"{method} {path} documents no error");
            if (method is "post" or "put")
            {
                operation.TryGetProperty("requestBody", out _).ShouldBeTrue($"{method} {path} documents no body");
            }
        }
    }

    [Fact]
    public async Task OpenApiDocument_ErrorsAreProblemDetails()
    {
        using var client = CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var move = document.RootElement.GetProperty("paths").GetProperty("/api/v1/sessions/{sessionId}/move").GetProperty("post").GetProperty("responses");

        move.GetProperty("409").GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue();
        move.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue();
    }

    // "/api/v1/athletes/{athleteId:guid}" → "/api/v1/athletes/{athleteId}", as the document names it.
    private static string OpenApiPath(string route)
    {
        var path = Constraint().Replace(route, "}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    [GeneratedRegex(":[^}]+}")]
    private static partial Regex Constraint();
}
