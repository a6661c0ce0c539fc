using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace HybridTrainer.CircuitProbe;

/// <summary>One row of bench/results.json: metric, A, B, ratio, goal, met, unit.</summary>
internal sealed record ResultRow(
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("a")] double? A,
    [property: JsonPropertyName("b")] double? B,
    [property: JsonPropertyName("ratio")] double? Ratio,
    [property: JsonPropertyName("goal")] string Goal,
    [property: JsonPropertyName("met")] bool? Met,
    [property: JsonPropertyName("unit")] string Unit)
{
    // "≤" stays readable in the file; a figure that could not be measured (NaN) is written as null.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Adds the rows to the JSON array in the file (created when missing), so several modes can share one file.</summary>
    public static void AppendTo(string path, IEnumerable<ResultRow> rows)
    {
        var array = File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonArray existing ? existing : [];
        foreach (var row in rows)
        {
            array.Add(JsonSerializer.SerializeToNode(row with { A = Finite(row.A), B = Finite(row.B), Ratio = Finite(row.Ratio) }));
        }

        File.WriteAllText(path, array.ToJsonString(Indented) + "\n");
    }

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
