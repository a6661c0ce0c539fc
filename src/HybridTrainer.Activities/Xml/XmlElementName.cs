namespace HybridTrainer.Activities.Xml;

internal readonly record struct XmlElementName(string LocalName, string Namespace)
{
    public bool Is(string localName) => LocalName == localName;
}
