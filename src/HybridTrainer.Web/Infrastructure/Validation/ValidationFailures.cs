using FluentValidation.Results;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Infrastructure.Validation;

public static class ValidationFailures
{
    /// <summary>A failed validation as the one <see cref="Failure"/> type, its messages keyed by property path.</summary>
    public static Failure ToFailure(this ValidationResult result) =>
        Failure.Invalid(result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
}
