namespace HybridTrainer.Domain.Training;

/// <summary>
/// A sentence for people, as a key from <see cref="ReasonKeys"/> and its arguments: the engine says what to tell, the
/// web words it in the reader's language. Arguments are numbers and dates in invariant form (42, 82.5, 2027-03-14),
/// never words, so a translation never has to fit around a spliced English word.
/// </summary>
public sealed record Reason(string Key, params string[] Arguments)
{
    public bool Equals(Reason? other) =>
        other is not null && Key == other.Key && Arguments.AsSpan().SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Key, Arguments.Length);

    /// <summary>The key and its arguments as "Key|arg|arg", for test messages and logs.</summary>
    public override string ToString() => Arguments.Length == 0 ? Key : Key + "|" + string.Join('|', Arguments);
}
