namespace HybridTrainer.Web.Infrastructure.Http;

internal static class ApiRequests
{
    public const string Prefix = "/api";

    public static bool Is(HttpContext context) => context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
