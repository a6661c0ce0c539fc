using FluentValidation;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Account.TwoFactor;

/// <summary>A 6-digit code from the authenticator app, at sign-in or when turning the app on.</summary>
public sealed class AuthenticatorCodeInput
{
    public string Code { get; set; } = "";

    /// <summary>At sign-in: skip the code on this browser for a while (Identity's remember-me cookie for two-factor).</summary>
    public bool RememberMachine { get; set; }
}

public sealed class AuthenticatorCodeInputValidator : AbstractValidator<AuthenticatorCodeInput>
{
    public AuthenticatorCodeInputValidator(IStringLocalizer<TwoFactorText> text)
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(_ => text["EnterSixDigitCode"])
            .Must(AuthenticatorApp.LooksLikeCode).WithMessage(_ => text["CodeIsSixDigits"]);
    }
}

/// <summary>One of the ten single-use recovery codes.</summary>
public sealed class RecoveryCodeInput
{
    public string Code { get; set; } = "";
}

public sealed class RecoveryCodeInputValidator : AbstractValidator<RecoveryCodeInput>
{
    public RecoveryCodeInputValidator(IStringLocalizer<TwoFactorText> text)
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(_ => text["EnterRecoveryCode"])
            .MaximumLength(32).WithMessage(_ => text["RecoveryCodeFormat"]);
    }
}

/// <summary>Turning the app off asks again who is there: a current code, or the password.</summary>
public sealed class TurnOffInput
{
    public string Proof { get; set; } = "";
}

public sealed class TurnOffInputValidator : AbstractValidator<TurnOffInput>
{
    public TurnOffInputValidator(IStringLocalizer<TwoFactorText> text)
    {
        RuleFor(x => x.Proof).NotEmpty().WithMessage(_ => text["EnterProof"]);
    }
}

/// <summary>A new name for a passkey, or its removal.</summary>
public sealed class PasskeyChangeInput
{
    public string CredentialId { get; set; } = "";

    public string Name { get; set; } = "";

    public string Action { get; set; } = "";
}
