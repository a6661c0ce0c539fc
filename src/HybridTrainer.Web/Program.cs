using HybridTrainer.Data;
using HybridTrainer.Web;
using HybridTrainer.Web.Features.Benchmark;
using HybridTrainer.Web.Infrastructure;
using HybridTrainer.Web.Infrastructure.Logging;
using Serilog;

SerilogSetup.UseStartupLogger();
try
{
    var builder = WebApplication.CreateBuilder(CommandLineSwitches.WithoutSwitches(args));
    builder.Configuration.AddCommandLineSwitches(args);
    builder.AddSerilogLogging();
    builder.Services.AddHybridTrainerData(builder.Configuration);
    builder.Services.AddHybridTrainerWeb(builder.Configuration);
    builder.Services.AddHeapProbe(builder.Environment);

    var app = builder.Build();
    if (!StartupRefusals.Check(app))
    {
        return 2;
    }

    app.UseHybridTrainerPipeline();
    app.MapHybridTrainerEndpoints();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "HybridTrainer stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
