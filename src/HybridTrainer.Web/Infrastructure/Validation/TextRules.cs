using FluentValidation;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Infrastructure.Validation;

/// <summary>
/// Text a person types that is stored and shown to others. PostgreSQL refuses a NUL character and a broken UTF-16
/// pair cannot be encoded, so both would fail at the database instead of under the field; other control characters
/// are invisible on screen and only ever arrive pasted or scripted. Single-line text (names, labels) also refuses the
/// invisible direction overrides and zero-width characters that make one name look like another ("Trojan Source",
/// ASVS 5.0 V1.2): multi-line notes keep them, since emoji sequences join with U+200D.
/// </summary>
public static class TextRules
{
    /// <summary>The English message; people read it in their own language (<see cref="InfrastructureText"/>).</summary>
    public const string Message = "Remove the invisible control characters from this text.";

    /// <summary>The English message; people read it in their own language (<see cref="InfrastructureText"/>).</summary>
    public const string HiddenFormattingMessage = "Remove the invisible direction or zero-width characters from this text.";

    // Worded when validating, in the language of the request or circuit.
    private static IStringLocalizer<InfrastructureText> Text => InfrastructureWords.Text;

    /// <summary>
    /// Rejects control characters (line breaks and tabs allowed when <paramref name="multiline"/>) and broken surrogate
    /// pairs; single-line text also rejects hidden formatting characters.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule, bool multiline = false) =>
        multiline
            ? rule.Must(text => IsPlain(text, multiline: true)).WithMessage(_ => Text["ControlCharacters"])
            : rule.Must(text => IsPlain(text)).WithMessage(_ => Text["ControlCharacters"])
                .Must(text => !HasHiddenFormatting(text)).WithMessage(_ => Text["HiddenFormatting"]);

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

    /// <summary>
    /// Bidirectional embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), zero-width and direction marks
    /// (U+200B–U+200F), the word joiner (U+2060) and the byte-order mark (U+FEFF).
    /// </summary>
    public static bool HasHiddenFormatting(string? text) =>
        text is not null && text.AsSpan().IndexOfAny(HiddenFormatting) >= 0;

    private static readonly System.Buffers.SearchValues<char> HiddenFormatting = System.Buffers.SearchValues.Create(
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF");
}
