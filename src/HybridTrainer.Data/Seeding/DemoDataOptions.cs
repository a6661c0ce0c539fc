namespace HybridTrainer.Data.Seeding;

public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>Seed the demo gym and accounts into an empty database (the run command sets it).</summary>
    public bool Seed { get; set; }
}
