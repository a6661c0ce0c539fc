using System.Text;
using System.Xml;

namespace HybridTrainer.Activities.Xml;

/// <summary>
/// Walks untrusted XML element by element. No DTD (so no entity expansion and no external files), no resolver, a bound
/// on characters and on nesting. One loop, one <see cref="XmlReader.Read"/> per turn: the reader always advances, so
/// no input can make the walk loop forever.
/// </summary>
internal static class SafeXmlWalker
{
    /// <summary>GPX and TCX nest about six levels; anything far deeper is hostile or broken.</summary>
    public const int MaxDepth = 64;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = ActivityDecoder.MaxFileBytes,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    /// <summary>format names the format in refusals, e.g. "GPX".</summary>
    public static void Walk(ReadOnlySpan<byte> content, string format, IXmlElementVisitor visitor)
    {
        var text = new StringBuilder();
        try
        {
            using var reader = DeclaredEncoding.CodePageOf(content) is { } codePage
                ? XmlReader.Create(new StringReader(codePage.GetString(content)), Settings)
                : XmlReader.Create(new MemoryStream(content.ToArray(), writable: false), Settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (reader.Depth >= MaxDepth)
                            throw new ActivityFileException(DecodeError.XmlTooDeep, $"The {format} file nests its elements more than {MaxDepth} levels deep.", format, MaxDepth);
                        text.Clear();
                        visitor.Start(new XmlElementName(reader.LocalName, reader.NamespaceURI), reader.Depth, new XmlAttributes(reader));
                        if (reader.IsEmptyElement)
                            visitor.End(new XmlElementName(reader.LocalName, reader.NamespaceURI), reader.Depth, "");
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                        text.Append(reader.Value);
                        break;
                    case XmlNodeType.EndElement:
                        visitor.End(new XmlElementName(reader.LocalName, reader.NamespaceURI), reader.Depth, text.ToString());
                        text.Clear();
                        break;
                }
            }
        }
        catch (XmlException) when (HasDocumentType(content))
        {
            throw new ActivityFileException(DecodeError.XmlDocumentType, $"The {format} file declares a document type (DTD), which is refused for safety.", format);
        }
        catch (XmlException e)
        {
            throw new ActivityFileException(DecodeError.XmlMalformed, $"The {format} file is not well-formed XML (line {e.LineNumber}).", format, e.LineNumber);
        }
    }

    /// <summary>Only chooses the wording of the refusal; the reader itself refuses every DTD.</summary>
    private static bool HasDocumentType(ReadOnlySpan<byte> content) => content.IndexOf("<!DOCTYPE"u8) >= 0;
}
