using Microsoft.AspNetCore.Localization;

namespace HybridTrainer.Web.Infrastructure.Localization;

/// <summary>A signed-in person's chosen language, from their sign-in cookie; nothing when they follow their browser.</summary>
internal sealed class PersonLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(httpContext.User.FindFirst(Languages.Claim)?.Value is { } code && Languages.IsSupported(code)
            ? new ProviderCultureResult(code)
            : null);
}
