using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace HybridTrainer.Web.Infrastructure.Validation;

/// <summary>
/// Runs the model's FluentValidation validator inside an <see cref="EditForm"/>, so messages appear under each field.
/// The API runs the same validators itself (see the plan preview endpoint).
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
            _messages.Add(EditContext.Field(error.PropertyName), error.ErrorMessage);
        }

        EditContext.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        _messages!.Clear(e.FieldIdentifier);
        foreach (var error in Validate(EditContext.Model).Errors.Where(x => x.PropertyName == e.FieldIdentifier.FieldName))
        {
            _messages.Add(e.FieldIdentifier, error.ErrorMessage);
        }

        EditContext.NotifyValidationStateChanged();
    }

    private FluentValidation.Results.ValidationResult Validate(object model)
    {
        var validatorType = typeof(IValidator<>).MakeGenericType(model.GetType());
        var validator = (IValidator)(Services.GetService(validatorType)
            ?? throw new InvalidOperationException($"No validator is registered for {model.GetType().Name}."));
        return validator.Validate(new ValidationContext<object>(model));
    }
}
