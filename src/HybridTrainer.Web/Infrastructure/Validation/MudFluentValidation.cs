using FluentValidation;

namespace HybridTrainer.Web.Infrastructure.Validation;

/// <summary>
/// Feeds a FluentValidation validator to MudForm's <c>Validation</c> parameter, so each field shows the messages
/// for its own property path ("BodyWeight", "Lifts[2].Reps"). The whole model is validated and the messages filtered,
/// because rules that depend on other properties (units, test kind) must see the full model.
/// </summary>
public sealed class MudFluentValidation<T>(IValidator<T> validator)
{
    /// <summary>For MudForm or a field whose <c>For</c> expression names the property path.</summary>
    public Func<object, string, Task<IEnumerable<string>>> Validation => (model, path) => MessagesAsync((T)model, path);

    /// <summary>For a field inside a list, where the <c>For</c> expression cannot carry the index.</summary>
    public Func<object, string, Task<IEnumerable<string>>> At(string path) => (model, _) => MessagesAsync((T)model, path);

    public async Task<IEnumerable<string>> MessagesAsync(T model, string path)
    {
        var result = await validator.ValidateAsync(model);
        return [.. result.Errors.Where(e => e.PropertyName == path).Select(e => e.ErrorMessage)];
    }
}
