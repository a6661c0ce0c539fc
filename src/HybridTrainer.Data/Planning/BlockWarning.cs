namespace HybridTrainer.Data.Planning;

/// <summary>
/// A plan warning as kept in the block's snapshot. <see cref="Message"/> holds the reason as "Key|arg|arg" (see
/// <see cref="StoredReason"/>); blocks saved before warnings had keys hold the English sentence, which reads back as written.
/// </summary>
public class BlockWarning
{
    public required string Rule { get; set; }

    public required string Message { get; set; }
}
