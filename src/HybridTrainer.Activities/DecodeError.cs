namespace HybridTrainer.Activities;

/// <summary>
/// What is wrong with a refused file, so an app can word it in its reader's language; <see cref="DecodeFailure.Arguments"/>
/// carries the figures each one names (in the order of the English <see cref="DecodeFailure.Reason"/>).
/// </summary>
public enum DecodeError
{
    /// <summary>The file has no bytes.</summary>
    Empty,

    /// <summary>Larger than can be read: its size in MB.</summary>
    TooLarge,

    /// <summary>Neither FIT, GPX nor TCX.</summary>
    NotAnActivityFile,

    /// <summary>A decoder failed unexpectedly: the format (FIT, GPX, TCX) and the failure's type name.</summary>
    Unreadable,

    /// <summary>The format and the deepest nesting allowed.</summary>
    XmlTooDeep,

    /// <summary>The format; a DTD is refused for safety.</summary>
    XmlDocumentType,

    /// <summary>The format and the line of the first error.</summary>
    XmlMalformed,

    FitTooShort,

    /// <summary>The byte the file ends at.</summary>
    FitTruncated,

    FitCrcMismatch,

    FitNoSignature,

    /// <summary>The byte the chained file starts at.</summary>
    FitChainedNoSignature,

    /// <summary>The header's size in bytes.</summary>
    FitHeaderTooShort,

    /// <summary>The byte the chained file starts at, and its header's size.</summary>
    FitChainedHeaderTooShort,

    FitHeaderCrcMismatch,

    /// <summary>The most messages read.</summary>
    FitTooManyMessages,

    /// <summary>The message's byte and its local type.</summary>
    FitUndefinedLocalType,

    /// <summary>The definition's byte.</summary>
    FitUnknownByteOrder,

    /// <summary>The message's byte.</summary>
    FitMessageOverrun,

    /// <summary>The FIT file type number (4 is an activity).</summary>
    FitNotAnActivity,

    FitNoActivity,

    /// <summary>The root element's name.</summary>
    GpxWrongRoot,

    GpxRoutesOnly,

    GpxNoPoints,

    GpxNoTimes,

    /// <summary>Points with a time, and all points.</summary>
    GpxFewTimes,

    GpxTimesStill,

    /// <summary>The root element's name.</summary>
    TcxWrongRoot,

    TcxNoActivity,

    TcxNoTimes,
}
