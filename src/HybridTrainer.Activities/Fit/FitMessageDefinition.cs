namespace HybridTrainer.Activities.Fit;

internal readonly record struct FitFieldDefinition(byte Number, byte Size, byte BaseType);

/// <summary>What a definition message says about the data messages of one local type.</summary>
internal sealed record FitMessageDefinition(ushort GlobalNumber, bool BigEndian, FitFieldDefinition[] Fields, int DeveloperDataSize)
{
    public int DataSize { get; } = Fields.Sum(f => f.Size) + DeveloperDataSize;
}
