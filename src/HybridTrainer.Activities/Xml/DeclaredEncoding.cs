using System.Text;
using System.Text.RegularExpressions;

namespace HybridTrainer.Activities.Xml;

/// <summary>
/// XmlReader itself knows UTF-8, UTF-16 and Latin-1. Older Windows tools write GPX in Windows code pages
/// ("windows-1250", "windows-1252"); those are decoded here, without registering a code-page provider for the whole process.
/// </summary>
internal static partial class DeclaredEncoding
{
    /// <summary>The code page the XML declaration names, when XmlReader could not read it by itself; otherwise null.</summary>
    public static Encoding? CodePageOf(ReadOnlySpan<byte> content)
    {
        var head = Encoding.ASCII.GetString(content[..Math.Min(content.Length, 256)]);
        if (!head.StartsWith("<?xml", StringComparison.Ordinal) || EncodingAttribute().Match(head) is not { Success: true } match)
            return null;
        var name = match.Groups[1].Value;
        return IsBuiltIn(name) ? null : CodePagesEncodingProvider.Instance.GetEncoding(name);
    }

    private static bool IsBuiltIn(string name)
    {
        try
        {
            Encoding.GetEncoding(name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")]
    private static partial Regex EncodingAttribute();
}
