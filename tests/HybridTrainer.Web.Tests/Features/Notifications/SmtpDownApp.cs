using System.Globalization;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace HybridTrainer.Web.Tests.Features.Notifications;

/// <summary>
/// An app that sends mail to 127.0.0.1:<c>smtpPort</c>, where nothing listens until a test starts an smtp4dev there,
/// with every log event kept in <see cref="Log"/>. Started (and its own database made) on construction.
/// </summary>
public sealed class SmtpDownApp : AppFactory
{
    public SmtpDownApp(string databaseName, int smtpPort) : base(databaseName, new Dictionary<string, string?>
    {
        ["Email:Host"] = "127.0.0.1",
        ["Email:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["Email:Tls"] = "None",
        ["Email:FromAddress"] = "coach-bot@hybridtrainer.test",
    })
    {
        UseKestrel(0);
        StartServer();
    }

    public CapturedLog Log { get; } = new();

    /// <summary>How many events the app logged under the event name (its <c>EventId</c>'s name).</summary>
    public int Logged(string eventName) => Log.Events.Count(e =>
        e.Properties.TryGetValue("EventId", out var id) && id is Serilog.Events.StructureValue structure
        && structure.Properties.Any(p => p.Name == "Name" && p.Value is Serilog.Events.ScalarValue { Value: string name } && name == eventName));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
    }
}
