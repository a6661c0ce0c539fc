using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Identity's own errors (a duplicate address, a password rule, a wrong password) in the request's language. The codes
/// stay Identity's, since pages pick the field an error belongs to by its code; only the description is worded here.
/// </summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<AuthText> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), text["DefaultError"]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), text["ConcurrencyFailure"]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["PasswordMismatch"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), text["InvalidToken"]);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), text["RecoveryCodeRedemptionFailed"]);

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), text["LoginAlreadyAssociated"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["InvalidUserName", userName ?? ""]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), text["InvalidEmail", email ?? ""]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["DuplicateUserName", userName]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), text["DuplicateEmail", email]);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), text["InvalidRoleName", role ?? ""]);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), text["DuplicateRoleName", role]);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), text["UserAlreadyHasPassword"]);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), text["UserLockoutNotEnabled"]);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), text["UserAlreadyInRole", role]);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), text["UserNotInRole", role]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["PasswordTooShort", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), text["PasswordRequiresUniqueChars", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), text["PasswordRequiresNonAlphanumeric"]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), text["PasswordRequiresDigit"]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), text["PasswordRequiresLower"]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), text["PasswordRequiresUpper"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
