namespace HybridTrainer.Activities;

/// <summary>Raised inside the decoders for malformed input; never leaves <see cref="ActivityDecoder"/>.</summary>
internal sealed class ActivityFileException(string reason) : Exception(reason);
