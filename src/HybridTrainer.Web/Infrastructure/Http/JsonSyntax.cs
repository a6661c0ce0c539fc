using System.Buffers;
using System.Text.Json;

namespace HybridTrainer.Web.Infrastructure.Http;

internal static class JsonSyntax
{
    /// <summary>What is broken in the document and where (the reader's own words: line and byte), or null when well formed.</summary>
    public static string? FindError(ReadOnlySequence<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>"$.lifts.squat.reps" → "lifts.squat.reps", the way validation errors name fields; "$" → "".</summary>
    public static string FieldPath(string? jsonPath) => jsonPath switch
    {
        null or "$" => "",
        _ when jsonPath.StartsWith("$.", StringComparison.Ordinal) => jsonPath[2..],
        _ => jsonPath.TrimStart('$'),
    };
}
