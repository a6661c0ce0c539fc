namespace HybridTrainer.Domain.Athletes;

/// <summary>The two kinds of running shoe the plan rotates (R28).</summary>
public enum ShoeKind
{
    Cushioned,
    Minimalist,
}
