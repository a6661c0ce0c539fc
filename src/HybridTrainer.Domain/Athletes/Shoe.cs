namespace HybridTrainer.Domain.Athletes;

/// <summary>A pair of running shoes and the distance it has covered (R28, R29).</summary>
public sealed record Shoe(string Id, string Name, ShoeKind Kind, double Km);
