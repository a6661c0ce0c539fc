using System.Diagnostics;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>The real program, started as a server would start it: in Production it will not serve demo accounts or any Host.</summary>
public class ProductionStartRefusalTests
{
    [Theory]
    [InlineData("--seed-demo", "trainer.example.com", "demo data was requested")]
    [InlineData("", "*", "AllowedHosts is '*'")]
    public async Task Start_InProductionWithAnUnsafeSetting_ExitsNonZeroWithALogLine(string argument, string allowedHosts, string expected)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["AllowedHosts"] = allowedHosts,
                // Never reached: the refusal comes before the database is touched.
                ["ConnectionStrings__HybridTrainer"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none",
            },
        };
        start.ArgumentList.Add("HybridTrainer.Web.dll");
        if (argument.Length > 0)
        {
            start.ArgumentList.Add(argument);
        }

        using var app = Process.Start(start)!;
        var output = app.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = app.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await app.WaitForExitAsync(timeout.Token);

        app.ExitCode.ShouldNotBe(0);
        var log = await output + await errors;
        log.ShouldContain("Refusing to start in Production");
        log.ShouldContain(expected);
    }
}
