using System.Linq.Expressions;
using Microsoft.AspNetCore.Components.Forms;

namespace HybridTrainer.Web.Features.Account;

/// <summary>
/// Puts a refusal that only the server can decide (a common password, a wrong current password) under the field it is
/// about, like a validation message, rather than in a banner above the form.
/// </summary>
internal static class FieldMessages
{
    public static void Show<T>(EditContext form, Expression<Func<T>> field, IEnumerable<string> messages)
    {
        var store = new ValidationMessageStore(form);
        store.Add(FieldIdentifier.Create(field), messages);
        form.NotifyValidationStateChanged();
    }

    /// <summary>Identity's errors about the new password itself (too short, too long, too common), by their codes.</summary>
    public static bool IsAboutNewPassword(Microsoft.AspNetCore.Identity.IdentityError error) =>
        error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != "PasswordMismatch";
}
