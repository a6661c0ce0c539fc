using System.Collections.Concurrent;
using HybridTrainer.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace HybridTrainer.Web.Tests.Infrastructure;

/// <summary>Every event the app logs, kept in memory; the app's Serilog picks the sink up from its services.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>The audit events, by their event names.</summary>
    public IReadOnlyList<LogEvent> Audit(string eventName) =>
        [.. Events.Where(e => Scalar(e, "SourceContext") == AuditLog.Category && EventName(e) == eventName)];

    /// <summary>Everything an operator could read: each message, every property's value and any exception.</summary>
    public string Text => string.Join('\n', Events.Select(e =>
        $"{e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} {string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception}"));

    public static string? Scalar(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: var v } ? v?.ToString() : null;

    private static string? EventName(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("EventId", out var id) && id is StructureValue structure
            ? structure.Properties.FirstOrDefault(p => p.Name == "Name")?.Value is ScalarValue { Value: string name } ? name : null
            : null;
}

/// <summary>An app of its own whose every log event, down to Debug, lands in <see cref="Log"/>.</summary>
public sealed class LoggedAppFactory(string databaseName) : AppFactory(databaseName, new Dictionary<string, string?>
{
    ["Serilog:MinimumLevel:Default"] = "Debug",
    ["Serilog:MinimumLevel:Override:Microsoft"] = "Debug",
    ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Information",
})
{
    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
    }
}
