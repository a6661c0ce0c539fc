namespace HybridTrainer.Activities.Xml;

/// <summary>Receives the elements of a document in order. Depth is 0 for the root.</summary>
internal interface IXmlElementVisitor
{
    void Start(XmlElementName name, int depth, XmlAttributes attributes);

    /// <summary>text is the element's own text when it holds only text; otherwise whatever text followed its last child.</summary>
    void End(XmlElementName name, int depth, string text);
}
