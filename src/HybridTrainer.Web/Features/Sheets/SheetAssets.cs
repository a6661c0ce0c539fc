using Microsoft.AspNetCore.Components;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// The fingerprinted addresses of the sheet's stylesheet and script, the ones pages get from <c>@Assets</c>, so a
/// browser never prints with a stale cached copy after a deployment. Sheets are written without the component renderer,
/// so they read the same collection the app's page endpoints carry; without one, the plain file names.
/// </summary>
internal static class SheetAssets
{
    public static ResourceAssetCollection Of(EndpointDataSource endpoints) =>
        endpoints.Endpoints.Select(e => e.Metadata.GetMetadata<ResourceAssetCollection>()).FirstOrDefault(c => c is not null)
        ?? ResourceAssetCollection.Empty;
}
