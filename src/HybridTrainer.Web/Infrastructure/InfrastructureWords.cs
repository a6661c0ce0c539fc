using Microsoft.Extensions.Localization;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.Infrastructure;

/// <summary>
/// The infrastructure's words for static helpers that have no container to ask (API problems, text rules used inside
/// every validator). The resource manager reads the current UI culture on each lookup, so one localizer serves every
/// request in its own language; it reads the same compiled resources as the container's localizers.
/// </summary>
internal static class InfrastructureWords
{
    public static IStringLocalizer<InfrastructureText> Text { get; } = StaticLocalizers.For<InfrastructureText>();
}
