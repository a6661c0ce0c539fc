using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// A localizer for the static helpers other features share (session titles, run lines, race names) and for validators
/// made outside the container. It reads the same resources as an injected one, in the culture current at each call.
/// </summary>
internal static class StaticText
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    // The concrete type, as the callers hold it (CA1859); injected localizers keep the interface.
    public static StringLocalizer<TResource> For<TResource>() => new(Factory);
}
