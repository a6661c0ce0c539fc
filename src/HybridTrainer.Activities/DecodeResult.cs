namespace HybridTrainer.Activities;

/// <summary>Either the activities read from a file, or why the file was refused.</summary>
public abstract record DecodeResult;

/// <summary>One activity per session in the file.</summary>
public sealed record DecodeSuccess(IReadOnlyList<DecodedActivity> Activities) : DecodeResult;

/// <summary>
/// Why the file was refused: an English sentence (for logs and tests), and the same as an <see cref="DecodeError"/> with
/// its figures, for an app to word in its reader's language.
/// </summary>
public sealed record DecodeFailure(string Reason, DecodeError Error, IReadOnlyList<object> Arguments) : DecodeResult;
