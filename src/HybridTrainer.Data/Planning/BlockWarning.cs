namespace HybridTrainer.Data.Planning;

public class BlockWarning
{
    public required string Rule { get; set; }

    public required string Message { get; set; }
}
