using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Infrastructure.Localization;

/// <summary>
/// Localizers for code the container does not build: static helpers other features share (session titles, race
/// names, API problems) and validators made by hand. They read the same compiled resources as injected ones, in the
/// UI culture current at each look-up, so one instance serves every request in its own language.
/// </summary>
public static class StaticLocalizers
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    // The concrete type, as the callers hold it (CA1859); injected localizers keep the interface.
    public static StringLocalizer<TResource> For<TResource>() => new(Factory);
}
