namespace HybridTrainer.Web.Infrastructure;

/// <summary>Bare flags the run command passes, which the standard command-line configuration cannot read.</summary>
internal static class CommandLineSwitches
{
    private const string SeedDemo = "--seed-demo";

    public static string[] WithoutSwitches(string[] args) => [.. args.Where(a => a != SeedDemo)];

    /// <summary>Turns <c>--seed-demo</c> into the <c>DemoData:Seed</c> setting.</summary>
    public static IConfigurationBuilder AddCommandLineSwitches(this IConfigurationBuilder configuration, string[] args)
    {
        if (args.Contains(SeedDemo, StringComparer.Ordinal))
        {
            configuration.AddInMemoryCollection([new("DemoData:Seed", "true")]);
        }

        return configuration;
    }
}
