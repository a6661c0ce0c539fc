namespace HybridTrainer.Activities;

/// <summary>Either the activities read from a file, or why the file was refused.</summary>
public abstract record DecodeResult;

/// <summary>One activity per session in the file.</summary>
public sealed record DecodeSuccess(IReadOnlyList<DecodedActivity> Activities) : DecodeResult;

/// <summary>A human sentence naming what is wrong with the file.</summary>
public sealed record DecodeFailure(string Reason) : DecodeResult;
