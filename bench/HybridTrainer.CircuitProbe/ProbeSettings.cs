using System.Globalization;

namespace HybridTrainer.CircuitProbe;

/// <summary>What bench/circuits.sh passes in the environment (the harness contract: BENCH_URL, BENCH_ATHLETE_EMAIL, BENCH_PASSWORD, BENCH_OUT).</summary>
internal sealed record ProbeSettings(Uri BaseUrl, string Email, string Password, string OutFile)
{
    public static ProbeSettings FromEnvironment() => new(
        new Uri(Required("BENCH_URL").TrimEnd('/') + "/"),
        Required("BENCH_ATHLETE_EMAIL"),
        Required("BENCH_PASSWORD"),
        Required("BENCH_OUT"));

    public static int Number(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set");
}
