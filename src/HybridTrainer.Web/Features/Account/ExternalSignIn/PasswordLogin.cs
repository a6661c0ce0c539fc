using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Features.Account.ExternalSignIn;

/// <summary>Whether people log in with a password here, or only through the gym's provider.</summary>
internal sealed class PasswordLogin(IOptions<ExternalSignInOptions> options)
{
    public bool IsOff => options.Value.IsConfigured && options.Value.DisableLocalPasswordLogin;

    public bool IsOn => !IsOff;

    public string ProviderName => options.Value.ButtonName;
}
