using System.Xml;

namespace HybridTrainer.Activities.Xml;

/// <summary>Read-only access to the current element's attributes: visitors cannot move the reader.</summary>
internal readonly struct XmlAttributes(XmlReader reader)
{
    public string? this[string name] => reader.GetAttribute(name);
}
