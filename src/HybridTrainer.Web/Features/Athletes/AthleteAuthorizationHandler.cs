using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Athletes;

/// <summary>Resource-based authorization for athlete data: succeeds when the table allows the caller's relation.</summary>
internal sealed class AthleteAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, AthleteAccess>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, AthleteAccess resource)
    {
        if (Enum.TryParse<AthleteOperation>(requirement.Name, out var operation)
            && UserIds.TryGet(context.User, out var userId)
            && userId == resource.UserId
            && resource.Can(operation))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
