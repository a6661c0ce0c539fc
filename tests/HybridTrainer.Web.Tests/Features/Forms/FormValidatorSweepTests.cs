using CsCheck;
using FluentValidation;

namespace HybridTrainer.Web.Tests.Features.Forms;

/// <summary>
/// Every typed field of every form against the hostile value families: the validator never throws, and a value is
/// either refused with a message under that very field, or it is something PostgreSQL can store as typed.
/// </summary>
public class FormValidatorSweepTests
{
    public static TheoryData<string> TextFields => [.. FormFields.Text.Select(f => f.ToString())];

    public static TheoryData<string> ValueFields => [.. FormFields.Values.Select(f => f.ToString())];

    [Theory]
    [MemberData(nameof(TextFields))]
    public void HostileText_IsRefusedUnderItsFieldOrStorableAsTyped(string name)
    {
        var field = FormFields.Text.Single(f => f.ToString() == name);
        HostileValues.Text.Sample(text =>
        {
            var messages = MessagesUnder(field.Validator, field.Model(text), field.Path);
            var blank = string.IsNullOrWhiteSpace(text);
            var mustRefuse = (field.Required && blank) || field.Kind switch
            {
                // A password is hashed, never stored or shown: only its length matters.
                TextKind.Secret => text.Length > field.Column,
                // Blank optional text is stored as nothing.
                _ when blank => false,
                TextKind.Shown => !HostileValues.Storable(text, field.Column) || HostileValues.HasControlCharacters(text, multiline: false),
                _ => !HostileValues.Storable(text, field.Column) || HostileValues.HasControlCharacters(text, multiline: true),
            };
            if (mustRefuse)
            {
                messages.ShouldNotBeEmpty($"{name} accepted {Show(text)}");
            }
            else if (messages.Count == 0 && field.Kind != TextKind.Secret && !blank)
            {
                HostileValues.Storable(text, field.Column).ShouldBeTrue($"{name} accepted {Show(text)}, which the database cannot hold");
            }
        }, iter: 200);
    }

    [Theory]
    [MemberData(nameof(ValueFields))]
    public void HostileNumberOrDate_IsRefusedUnderItsField(string name)
    {
        var field = FormFields.Values.Single(f => f.ToString() == name);
        field.Models.Sample(model => MessagesUnder(field.Validator, model, field.Path).ShouldNotBeEmpty($"{name} accepted a hostile value"), iter: 200);
    }

    [Fact]
    public void Sweep_CoversEveryFormAPersonTypesInto() =>
        FormFields.Text.Select(f => f.Form).Concat(FormFields.Values.Select(f => f.Form)).Distinct().Order(StringComparer.Ordinal).ShouldBe(
        [
            "AddShoe", "BodyStep", "ChangePassword", "CheckIn", "CoachNote", "CreateToken", "GenerateBlock", "Invite", "LiftsStep",
            "LogSession", "Login", "NewClient", "Prescription", "Register", "RunningStep", "ShoesStep",
        ]);

    // The messages a form shows under one field; a clear sentence, never FluentValidation's default "'Name' must ...".
    private static List<string> MessagesUnder(IValidator validator, object model, string path)
    {
        var messages = validator.Validate(new ValidationContext<object>(model)).Errors
            .Where(e => e.PropertyName == path).Select(e => e.ErrorMessage).ToList();
        messages.ShouldAllBe(m => m.Length > 0 && !m.StartsWith('\''));
        return messages;
    }

    private static string Show(string text) =>
        text.Length > 40 ? $"{text.Length} characters" : string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
