using System.Globalization;
using Serilog;
using Serilog.Events;

namespace HybridTrainer.Web.Infrastructure.Logging;

/// <summary>Serilog, configured once: levels and sinks come from the "Serilog" section of appsettings.</summary>
internal static class SerilogSetup
{
    /// <summary>A console logger for failures before configuration is read.</summary>
    public static void UseStartupLogger() =>
        Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();

    /// <summary>
    /// The app's logger belongs to its host, not to the static <see cref="Log.Logger"/>: two hosts in one process (tests,
    /// a restart) each keep their own, and one host stopping cannot silence the other.
    /// </summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request. Serilog logs the path without the query string, and paths that carry a secret (feed
    /// tokens, invitation links, sheet codes) are written redacted, so nothing in a log opens someone's data.
    /// </summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0} ms";
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(SecretPaths.Redact(path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });
}
