using System.Collections.Frozen;
using System.Text;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// The bundled list of common passwords (common-passwords.txt, an embedded resource) and the ways people dress them up:
/// case, spaces, digits or symbols around a word (Password2026!), symbol swaps (p@ssw0rd). ASVS 5.0 V6.2.4 asks that such
/// passwords be refused; a breach corpus cannot ship offline, so the list holds the patterns that top every one.
/// </summary>
internal sealed class CommonPasswords
{
    public const string ResourceName = "HybridTrainer.CommonPasswords";

    private static readonly Lazy<CommonPasswords> LazyBundled = new(Load);

    private readonly FrozenSet<string> _entries;

    public CommonPasswords(IEnumerable<string> entries)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var word = entry.Trim().ToLowerInvariant();
            if (word.Length == 0 || word.StartsWith('#'))
            {
                continue;
            }

            // Doubling a short word is the commonest way to reach a length rule (monkeymonkey).
            set.Add(word);
            set.Add(word + word);
        }

        _entries = set.ToFrozenSet(StringComparer.Ordinal);
    }

    public static CommonPasswords Bundled => LazyBundled.Value;

    public int Count => _entries.Count;

    public bool IsCommon(string password) => Forms(password).Any(_entries.Contains);

    /// <summary>The shapes of a password looked up in the list, from the plainest to the most undressed.</summary>
    internal static IEnumerable<string> Forms(string password)
    {
        var squeezed = Squeeze(password);
        yield return squeezed;
        // Symbols after a digit run (123456789012!) and words inside digits and symbols (2026password!, iloveyou99).
        yield return Trim(squeezed, c => !char.IsLetterOrDigit(c), start: false);
        var word = Trim(squeezed, c => !char.IsLetter(c), start: true);
        yield return word;
        yield return Unswap(word, 'i');
        yield return Unswap(word, 'l');
    }

    private static CommonPasswords Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new CommonPasswords(reader.ReadToEnd().Split('\n'));
    }

    private static string Squeeze(string password)
    {
        var builder = new StringBuilder(password.Length);
        foreach (var c in password)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Undoes the usual letter-for-symbol swaps; a "1" is read as <paramref name="one"/> (i or l).</summary>
    private static string Unswap(string word, char one) => string.Create(word.Length, (word, one), static (span, state) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = state.word[i] switch
            {
                '@' or '4' => 'a',
                '0' => 'o',
                '3' => 'e',
                '1' or '!' => state.one,
                '$' or '5' => 's',
                '7' or '+' => 't',
                var c => c,
            };
        }
    });

    /// <summary>Drops characters that match from the end, and from the start too when <paramref name="start"/>.</summary>
    private static string Trim(string text, Func<char, bool> drop, bool start)
    {
        var (from, to) = (0, text.Length);
        while (to > from && drop(text[to - 1]))
        {
            to--;
        }

        while (start && from < to && drop(text[from]))
        {
            from++;
        }

        return text[from..to];
    }
}
