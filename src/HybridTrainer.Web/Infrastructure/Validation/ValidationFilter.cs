using FluentValidation;

namespace HybridTrainer.Web.Infrastructure.Validation;

/// <summary>Runs the body's validator before a minimal-API handler: 400 problem details with field errors on failure.</summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var body = context.Arguments.OfType<T>().FirstOrDefault();
        if (body is null)
        {
            return TypedResults.Problem(detail: "The request needs a JSON body.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await validator.ValidateAsync(body, context.HttpContext.RequestAborted);
        return result.IsValid ? await next(context) : TypedResults.ValidationProblem(result.ToDictionary());
    }
}
