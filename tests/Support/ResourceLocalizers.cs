using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Tests.Support;

/// <summary>
/// The app's own resource-file localizers, for validators and services a test builds by hand. They read the current UI
/// culture at each look-up, as in the app, so <c>Languages.Use(...)</c> around the call picks the language.
/// </summary>
public static class ResourceLocalizers
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    public static IStringLocalizer<T> For<T>() => new StringLocalizer<T>(Factory);
}
