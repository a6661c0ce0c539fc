using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Common;

/// <summary>Why something asked for was not done. Each kind has one HTTP status and one way a page shows it.</summary>
public enum FailureKind
{
    /// <summary>It does not exist, or the caller may not know that it does (404).</summary>
    NotFound,

    /// <summary>The caller sees it but may not do this with it (403).</summary>
    Forbidden,

    /// <summary>The input is wrong; <see cref="Failure.FieldErrors"/> says where (400).</summary>
    Invalid,

    /// <summary>It changed since the caller read it; nothing was saved (409).</summary>
    Stale,

    /// <summary>The athlete's profile lacks what the engine needs (422).</summary>
    ProfileIncomplete,

    /// <summary>The change breaks training rules the plan did not break before; it needs the person's confirmation (409).</summary>
    NeedsConfirmation,

    /// <summary>The request is well formed but cannot be done in the state things are in (409).</summary>
    Conflict,
}

/// <summary>
/// A refusal with a message written for the person who asked. Field errors are keyed by the input's property path
/// ("Sets[0].WeightKg"); rule warnings carry the training rules a change would break.
/// </summary>
public sealed record Failure(
    FailureKind Kind,
    string Message,
    IReadOnlyDictionary<string, string[]>? FieldErrors = null,
    IReadOnlyList<RuleWarning>? Rules = null)
{
    /// <summary>The English wording of the default "not found" message; people read it in their language (<see cref="CommonText"/>).</summary>
    public const string NotVisible = "That athlete or session does not exist, or is not visible to you.";

    // Worded when the failure is made, inside the request, in its language. Common depends on no other area of the app
    // (FeatureMapTests), so it builds its localizer as Infrastructure's StaticLocalizers does: the same compiled resources.
    private static readonly StringLocalizer<CommonText> Text = new(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    /// <summary>Not there, or not visible to the caller; without a message, the shared one in the current language.</summary>
    public static Failure NotFound(string? message = null) => new(FailureKind.NotFound, message ?? Text["NotVisible"]);

    public static Failure Forbidden(string message) => new(FailureKind.Forbidden, message);

    public static Failure Stale(string message) => new(FailureKind.Stale, message);

    public static Failure Conflict(string message) => new(FailureKind.Conflict, message);

    public static Failure ProfileIncomplete(string message) => new(FailureKind.ProfileIncomplete, message);

    public static Failure NeedsConfirmation(IReadOnlyList<RuleWarning> rules) => new(
        FailureKind.NeedsConfirmation, Text["NeedsConfirmation"], Rules: rules);

    public static Failure Invalid(string field, string message) =>
        new(FailureKind.Invalid, message, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>Errors by field; the message is all of them, for a page that shows one summary.</summary>
    public static Failure Invalid(IEnumerable<(string Field, string Message)> errors)
    {
        var byField = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());
        return new(FailureKind.Invalid, string.Join(" ", byField.Values.SelectMany(m => m).Distinct()), byField);
    }

    /// <summary>The same refusal with a message that fits the request better, when it is a "forbidden" one.</summary>
    public Failure IfForbidden(string message) => Kind == FailureKind.Forbidden ? this with { Message = message } : this;

    /// <summary>Every message, one per line on a page: the field errors when there are any, else the message.</summary>
    public IReadOnlyList<string> Messages =>
        FieldErrors is { Count: > 0 } fields ? [.. fields.Values.SelectMany(m => m).Distinct()] : [Message];
}

/// <summary>A training rule a change would break (or broke with the person's consent), with what it says.</summary>
public sealed record RuleWarning(string Rule, string Message);

/// <summary>Shorthands where the value's type cannot convert by itself (an interface such as a list).</summary>
public static class Outcome
{
    public static Outcome<T> Of<T>(T value) => new(value, null);
}

/// <summary>Either what was asked for or why it was not done: never an exception for an expected situation.</summary>
public readonly record struct Outcome<T>
{
    internal Outcome(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    public bool Succeeded => Failure is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Failure failure) => new(default, failure);

    /// <summary>The same failure for a different value type, for a step that passes a refusal on.</summary>
    public Outcome<TOther> Map<TOther>(Func<T, TOther> map) => Failure is { } failure ? failure : map(Value!);
}
