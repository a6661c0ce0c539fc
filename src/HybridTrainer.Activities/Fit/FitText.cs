using System.Text;

namespace HybridTrainer.Activities.Fit;

/// <summary>FIT string fields: UTF-8, null-terminated, padded with nulls to the size the definition gives.</summary>
internal static class FitText
{
    public const byte BaseType = 0x07;

    /// <summary>The text up to the first null byte; null when the field is empty.</summary>
    public static string? Read(ReadOnlySpan<byte> field)
    {
        var end = field.IndexOf((byte)0);
        var text = end < 0 ? field : field[..end];
        return text.IsEmpty ? null : Encoding.UTF8.GetString(text);
    }
}
