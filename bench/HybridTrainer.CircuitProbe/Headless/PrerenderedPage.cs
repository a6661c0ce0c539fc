using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HybridTrainer.CircuitProbe.Headless;

/// <summary>
/// What blazor.web.js reads from a prerendered page to start its circuit: the server component markers
/// (<c>&lt;!--Blazor:{"type":"server",...}--&gt;</c>) and the protected component state.
/// </summary>
internal sealed partial record PrerenderedPage(Uri Address, IReadOnlyList<JsonObject> Markers, string ApplicationState)
{
    public static async Task<PrerenderedPage> LoadAsync(HttpClient client, Uri address, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(address, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {address} answered {(int)response.StatusCode}");
        }

        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var markers = Marker().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value) as JsonObject)
            .Where(m => m is not null && (string?)m["type"] == "server" && m["descriptor"] is not null)
            .Select(m => m!)
            .ToList();
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"No interactive server component on {address}: not signed in?");
        }

        return new PrerenderedPage(address, markers, State().Match(html) is { Success: true } state ? state.Groups[1].Value : "");
    }

    /// <summary>The JSON for UpdateRootComponents: one "add" per marker, as blazor.web.js sends it.</summary>
    public string AddOperations()
    {
        var operations = new JsonArray();
        for (var i = 0; i < Markers.Count; i++)
        {
            var marker = (JsonObject)Markers[i].DeepClone();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex State();
}
