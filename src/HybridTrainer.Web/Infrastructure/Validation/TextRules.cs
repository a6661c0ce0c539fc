using FluentValidation;

namespace HybridTrainer.Web.Infrastructure.Validation;

/// <summary>
/// Text a person types that is stored and shown to others. PostgreSQL refuses a NUL character and a broken UTF-16
/// pair cannot be encoded, so both would fail at the database instead of under the field; other control characters
/// are invisible on screen and only ever arrive pasted or scripted.
/// </summary>
public static class TextRules
{
    public const string Message = "Remove the invisible control characters from this text.";

    /// <summary>Rejects control characters (line breaks and tabs allowed when <paramref name="multiline"/>) and broken surrogate pairs.</summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule, bool multiline = false) =>
        rule.Must(text => IsPlain(text, multiline)).WithMessage(Message);

    public static bool IsPlain(string? text, bool multiline = false)
    {
        for (var i = 0; i < (text?.Length ?? 0); i++)
        {
            var c = text![i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
            {
                return false;
            }
        }

        return true;
    }
}
