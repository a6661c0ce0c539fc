using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace HybridTrainer.Web.Infrastructure.Validation;

/// <summary>
/// Runs the model's FluentValidation validator inside an <see cref="EditForm"/>, so messages appear under each field:
/// the one way every form, static or interactive, validates. A nested path ("Lifts[2].Reps") is resolved to the object
/// that holds the property, which is the field a MudBlazor input bound to <c>lift.Reps</c> reports. The whole model is
/// validated each time, because rules that depend on other properties (units, test kind) must see all of it. The API
/// runs the same validators itself (see the plan preview endpoint).
/// </summary>
public sealed class FluentValidationValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;
    private EditContext? _subscribed;

    [CascadingParameter]
    private EditContext EditContext { get; set; } = default!;

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_subscribed, EditContext))
        {
            return;
        }

        Dispose();
        _subscribed = EditContext;
        _messages = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += ValidateModel;
        EditContext.OnFieldChanged += ValidateField;
    }

    public void Dispose()
    {
        if (_subscribed is null)
        {
            return;
        }

        _subscribed.OnValidationRequested -= ValidateModel;
        _subscribed.OnFieldChanged -= ValidateField;
        _subscribed = null;
    }

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        _messages!.Clear();
        foreach (var error in Validate(EditContext.Model).Errors)
        {
            _messages.Add(FieldOf(EditContext.Model, error.PropertyName), error.ErrorMessage);
        }

        EditContext.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        _messages!.Clear(e.FieldIdentifier);
        foreach (var error in Validate(EditContext.Model).Errors.Where(x => FieldOf(EditContext.Model, x.PropertyName).Equals(e.FieldIdentifier)))
        {
            _messages.Add(e.FieldIdentifier, error.ErrorMessage);
        }

        EditContext.NotifyValidationStateChanged();
    }

    /// <summary>"Lifts[2].Reps" → (model.Lifts[2], "Reps"); a path that cannot be walked stays on the model itself.</summary>
    internal static FieldIdentifier FieldOf(object model, string path)
    {
        var parts = path.Split('.');
        var owner = model;
        foreach (var part in parts[..^1])
        {
            if (Step(owner, part) is not { } next)
            {
                return new FieldIdentifier(model, path);
            }

            owner = next;
        }

        return parts[^1].Contains('[', StringComparison.Ordinal) ? new FieldIdentifier(model, path) : new FieldIdentifier(owner, parts[^1]);
    }

    private static object? Step(object owner, string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        var name = bracket < 0 ? part : part[..bracket];
        var value = owner.GetType().GetProperty(name)?.GetValue(owner);
        if (bracket < 0)
        {
            return value;
        }

        return value is System.Collections.IList list
               && int.TryParse(part.AsSpan(bracket + 1, part.Length - bracket - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
               && index < list.Count
            ? list[index]
            : null;
    }

    private FluentValidation.Results.ValidationResult Validate(object model)
    {
        var validatorType = typeof(IValidator<>).MakeGenericType(model.GetType());
        var validator = (IValidator)(Services.GetService(validatorType)
            ?? throw new InvalidOperationException($"No validator is registered for {model.GetType().Name}."));
        return validator.Validate(new ValidationContext<object>(model));
    }
}
