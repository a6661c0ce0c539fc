namespace HybridTrainer.Activities;

/// <summary>Raised inside the decoders for malformed input; never leaves <see cref="ActivityDecoder"/>.</summary>
internal sealed class ActivityFileException(DecodeError error, string reason, params object[] arguments) : Exception(reason)
{
    public DecodeError Error { get; } = error;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
