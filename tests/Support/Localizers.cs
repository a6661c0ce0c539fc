using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Tests.Support;

/// <summary>
/// The app's real localizers outside a host, for validators and services built by hand: they read the resource files
/// in the current UI culture, as in the app.
/// </summary>
public static class Localizers
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    public static IStringLocalizer<T> For<T>() => new StringLocalizer<T>(Factory);
}
