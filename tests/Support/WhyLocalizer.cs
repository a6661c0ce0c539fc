using HybridTrainer.Web.Common.Why;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Tests.Support;

/// <summary>The localizer of the engine's reasons as the app builds it, for code that takes one outside a request.</summary>
public static class WhyLocalizer
{
    public static IStringLocalizer<WhyText> Create() =>
        new StringLocalizer<WhyText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
